#!/usr/bin/env bash
# Installs din into the runner's temporary folder: from NuGet, from the action's own checkout, or from a feed.
# Reads INPUT_SOURCE and INPUT_VERSION; writes the `din` output and puts its folder on the job's PATH.
set -euo pipefail

source=${INPUT_SOURCE:-nuget}
version=${INPUT_VERSION:-}
tool_dir="$RUNNER_TEMP/din-tool"
rm -rf "$tool_dir"

# A nuget.config that knows only the given feed: the tool package holds all it needs, and nothing else can stand in for it.
feed_only() {
  local config="$RUNNER_TEMP/din-feed.nuget.config"
  cat >"$config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="din" value="$1" />
  </packageSources>
</configuration>
XML
  echo "$config"
}

install=(dotnet tool install DinActions.Cli --tool-path "$tool_dir")
case "$source" in
  nuget)
    ;;
  action)
    feed="$RUNNER_TEMP/din-feed"
    echo "Packing din from $GITHUB_ACTION_PATH"
    # One framework-dependent package, which packs in seconds on any runner: the released tool's native package
    # needs a linux-x64 runner with clang, and minutes.
    dotnet pack "$GITHUB_ACTION_PATH/src/DinActions.Cli/DinActions.Cli.csproj" -c Release -o "$feed" --nologo -v quiet -p:DinPortableToolPackage=true
    version=$(dotnet msbuild "$GITHUB_ACTION_PATH/src/DinActions.Cli/DinActions.Cli.csproj" -getProperty:Version)
    install+=(--configfile "$(feed_only "$feed")")
    ;;
  *)
    install+=(--configfile "$(feed_only "$source")")
    ;;
esac
if [ -n "$version" ]; then
  install+=(--version "$version")
fi

if ! "${install[@]}"; then
  echo "::error title=din lint::could not install DinActions.Cli${version:+ $version} from $source"
  exit 1
fi
din="$tool_dir/din"
echo "Installed din $("$din" --version) from $source"
echo "din=$din" >>"$GITHUB_OUTPUT"
echo "$tool_dir" >>"$GITHUB_PATH"
