#!/usr/bin/env python3
"""Runs a composite action (action.yml) the way a GitHub runner does, on this machine, for tests.

Each `run` step runs with its `shell` in a fake GitHub environment: GITHUB_ACTION_PATH, GITHUB_WORKSPACE,
RUNNER_TEMP, and a GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH of its own, GITHUB_STEP_SUMMARY; `${{ }}` expressions
in `if`, `env`, `with` and the outputs are evaluated as GitHub does for the contexts an action sees (inputs,
steps, github, runner, env) and the status functions. A `uses` step is not run: its `with` is recorded, and a
handler checks what the real action would need (the SARIF file to upload exists and is SARIF 2.1.0).

Usage: composite-action.py ACTION_DIR WORKSPACE RESULT_JSON [NAME=VALUE ...]   (inputs)
Exit code: 0 when every step succeeded, 1 when one failed, 2 for a malformed action or unknown input.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml


class ActionError(Exception):
    pass


TOKEN = re.compile(r"\s*(?:(?P<string>'(?:[^']|'')*')|(?P<op>==|!=|&&|\|\||[!()])|(?P<name>[A-Za-z_][A-Za-z0-9_.\-]*)|(?P<number>-?\d+(?:\.\d+)?))")


def tokenize(text):
    tokens, position = [], 0
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = TOKEN.match(text, position)
        if not match:
            raise ActionError(f"cannot read the expression `{text}` at {position}")
        position = match.end()
        kind = match.lastgroup
        tokens.append((kind, match.group(kind)))
    return tokens


class Expression:
    """GitHub's expression syntax, as much of it as an action's conditions use."""

    def __init__(self, text, context, status):
        self.tokens, self.index = tokenize(text), 0
        self.context, self.status, self.text = context, status, text

    def evaluate(self):
        value = self.disjunction()
        if self.index != len(self.tokens):
            raise ActionError(f"unexpected `{self.tokens[self.index][1]}` in `{self.text}`")
        return value

    def peek(self):
        return self.tokens[self.index] if self.index < len(self.tokens) else (None, None)

    def take(self):
        token = self.peek()
        self.index += 1
        return token

    def disjunction(self):
        left = self.conjunction()
        while self.peek() == ("op", "||"):
            self.take()
            right = self.conjunction()
            left = left if truthy(left) else right
        return left

    def conjunction(self):
        left = self.comparison()
        while self.peek() == ("op", "&&"):
            self.take()
            right = self.comparison()
            left = right if truthy(left) else left
        return left

    def comparison(self):
        left = self.unary()
        while self.peek() in (("op", "=="), ("op", "!=")):
            _, op = self.take()
            right = self.unary()
            equal = loose(left) == loose(right)
            left = equal if op == "==" else not equal
        return left

    def unary(self):
        if self.peek() == ("op", "!"):
            self.take()
            return not truthy(self.unary())
        return self.primary()

    def primary(self):
        kind, value = self.take()
        if kind == "string":
            return value[1:-1].replace("''", "'")
        if kind == "number":
            return float(value)
        if kind == "op" and value == "(":
            inner = self.disjunction()
            if self.take() != ("op", ")"):
                raise ActionError(f"missing `)` in `{self.text}`")
            return inner
        if kind == "name":
            if value in ("true", "false"):
                return value == "true"
            if value == "null":
                return None
            if self.peek() == ("op", "("):
                self.take()
                if self.take() != ("op", ")"):
                    raise ActionError(f"`{value}()` takes no arguments here, in `{self.text}`")
                return self.function(value)
            return self.lookup(value)
        raise ActionError(f"unexpected `{value}` in `{self.text}`")

    def function(self, name):
        failed = self.status["failed"]
        functions = {"always": True, "success": not failed, "failure": failed, "cancelled": False}
        if name not in functions:
            raise ActionError(f"unknown function `{name}()`")
        return functions[name]

    def lookup(self, path):
        value = self.context
        parts = path.split(".")
        if parts[0] not in value:
            raise ActionError(f"unknown context `{parts[0]}` in `{self.text}`")
        for part in parts:
            value = value.get(part) if isinstance(value, dict) else None
        if parts[0] == "inputs" and len(parts) == 2 and parts[1] not in self.context["inputs"]:
            raise ActionError(f"unknown input `{parts[1]}` in `{self.text}`")
        return "" if value is None else value


def truthy(value):
    return value not in (None, False, "", 0, 0.0)


def loose(value):
    # GitHub compares strings case-insensitively, and a boolean with a string through numbers; only strings occur here.
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).lower() if value is not None else ""


def text_of(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def substitute(text, context, status):
    return re.sub(r"\$\{\{(.*?)\}\}", lambda match: text_of(Expression(match.group(1), context, status).evaluate()), str(text))


def condition(text, context, status):
    if text is None:
        return not status["failed"]
    text = str(text).strip()
    if text.startswith("${{") and text.endswith("}}"):
        text = text[3:-2]
    uses_status = re.search(r"\b(always|success|failure|cancelled)\s*\(", text)
    value = truthy(Expression(text, context, status).evaluate())
    # Without a status function GitHub reads `success() && (...)`.
    return value if uses_status else value and not status["failed"]


def read_file_commands(path):
    """NAME=VALUE lines and NAME<<DELIMITER blocks, as GITHUB_OUTPUT and GITHUB_ENV hold them."""
    values = {}
    if not os.path.exists(path):
        return values
    lines = open(path, encoding="utf-8").read().split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line:
            continue
        heredoc = re.match(r"^([^=<]+)<<(.+)$", line)
        if heredoc:
            name, delimiter, body = heredoc.group(1), heredoc.group(2), []
            while index < len(lines) and lines[index] != delimiter:
                body.append(lines[index])
                index += 1
            if index == len(lines):
                raise ActionError(f"`{name}<<{delimiter}` in {path} never ends")
            index += 1
            values[name] = "\n".join(body)
        elif "=" in line:
            name, value = line.split("=", 1)
            values[name] = value
        else:
            raise ActionError(f"cannot read `{line}` in {path}")
    return values


def upload_sarif(step_with, workspace):
    path = step_with.get("sarif_file", "")
    if not path:
        return "sarif_file is empty"
    path = path if os.path.isabs(path) else os.path.join(workspace, path)
    try:
        log = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as error:
        return f"sarif_file {path}: {error}"
    if log.get("version") != "2.1.0":
        return f"sarif_file {path} is not SARIF 2.1.0"
    return None


def setup_dotnet(step_with, workspace):
    if not step_with.get("dotnet-version"):
        return "dotnet-version is empty"
    return None


HANDLERS = {"actions/setup-dotnet": setup_dotnet, "github/codeql-action/upload-sarif": upload_sarif}


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    action_dir, workspace, result_path = (os.path.abspath(path) for path in argv[1:4])
    action = yaml.safe_load(open(os.path.join(action_dir, "action.yml"), encoding="utf-8"))
    if action.get("runs", {}).get("using") != "composite":
        raise ActionError("not a composite action")

    declared = action.get("inputs") or {}
    inputs = {name: text_of(spec.get("default", "")) for name, spec in declared.items()}
    for pair in argv[4:]:
        name, _, value = pair.partition("=")
        if name not in declared:
            raise ActionError(f"the action has no input `{name}`")
        inputs[name] = value

    # Beside the result, whose outputs name files in it; whoever asked for the result removes both.
    temp = tempfile.mkdtemp(prefix="runner-", dir=os.path.dirname(result_path))
    runner_temp = os.path.join(temp, "temp")
    os.makedirs(runner_temp)
    summary = os.path.join(temp, "step-summary.md")
    open(summary, "w").close()
    env = dict(os.environ)
    env.update({
        "CI": "true", "GITHUB_ACTIONS": "true", "RUNNER_OS": "Linux", "RUNNER_TEMP": runner_temp,
        "GITHUB_WORKSPACE": workspace, "GITHUB_ACTION_PATH": action_dir, "GITHUB_STEP_SUMMARY": summary,
    })
    context = {
        "inputs": inputs, "steps": {}, "env": {},
        "github": {"action_path": action_dir, "workspace": workspace},
        "runner": {"temp": runner_temp, "os": "Linux"},
    }
    status = {"failed": False}
    result = {"steps": [], "uses": [], "commands": [], "log": ""}

    for number, step in enumerate(action["runs"]["steps"]):
        step_id = step.get("id", f"__step{number}")
        record = {"id": step.get("id"), "name": step.get("name", ""), "conclusion": "skipped"}
        result["steps"].append(record)
        context["steps"][step_id] = {"outputs": {}, "outcome": "skipped", "conclusion": "skipped"}
        if not condition(step.get("if"), context, status):
            continue
        if "uses" in step:
            name, _, ref = step["uses"].partition("@")
            step_with = {key: substitute(value, context, status) for key, value in (step.get("with") or {}).items()}
            result["uses"].append({"uses": step["uses"], "with": step_with})
            handler = HANDLERS.get(name)
            if handler is None or not ref:
                raise ActionError(f"no stand-in for `{step['uses']}`")
            problem = handler(step_with, workspace)
            record["conclusion"] = "failure" if problem else "success"
            if problem:
                result["log"] += f"{step['uses']}: {problem}\n"
        else:
            if step.get("shell") != "bash":
                raise ActionError(f"step {step_id}: a composite step needs `shell: bash` here, not `{step.get('shell')}`")
            files = {name: os.path.join(temp, f"{number}.{name}") for name in ("output", "env", "path")}
            for path in files.values():
                open(path, "w").close()
            step_env = dict(env)
            step_env.update({key: substitute(value, context, status) for key, value in (step.get("env") or {}).items()})
            step_env.update({"GITHUB_OUTPUT": files["output"], "GITHUB_ENV": files["env"], "GITHUB_PATH": files["path"]})
            script = os.path.join(temp, f"{number}.sh")
            open(script, "w", encoding="utf-8").write(substitute(step["run"], context, status))
            completed = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script],
                                       cwd=os.path.join(workspace, step.get("working-directory", ".")), env=step_env,
                                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=900)
            sys.stdout.write(completed.stdout)
            result["log"] += completed.stdout
            result["commands"] += [line for line in completed.stdout.split("\n") if line.startswith("::")]
            record["exit_code"] = completed.returncode
            record["conclusion"] = "success" if completed.returncode == 0 else "failure"
            context["steps"][step_id]["outputs"] = read_file_commands(files["output"])
            record["outputs"] = context["steps"][step_id]["outputs"]
            for name, value in read_file_commands(files["env"]).items():
                env[name] = value
                context["env"][name] = value
            for line in open(files["path"], encoding="utf-8").read().split("\n"):
                if line:
                    env["PATH"] = line + os.pathsep + env["PATH"]
                    result.setdefault("path", []).append(line)
        context["steps"][step_id]["outcome"] = context["steps"][step_id]["conclusion"] = record["conclusion"]
        if record["conclusion"] == "failure" and not step.get("continue-on-error"):
            status["failed"] = True

    result["outputs"] = {name: substitute(spec.get("value", ""), context, status) for name, spec in (action.get("outputs") or {}).items()}
    result["summary"] = open(summary, encoding="utf-8").read()
    result["conclusion"] = "failure" if status["failed"] else "success"
    json.dump(result, open(result_path, "w", encoding="utf-8"), indent=2)
    return 1 if status["failed"] else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except ActionError as error:
        print(f"composite-action: {error}", file=sys.stderr)
        sys.exit(2)
