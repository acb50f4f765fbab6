#!/usr/bin/env bash
# Fails the action for what din lint found, after the SARIF upload has had its chance.
# Reads EXIT_CODE (din lint's) and INPUT_FAIL_ON_ERROR.
set -euo pipefail

case "${EXIT_CODE:-}" in
  0)
    exit 0
    ;;
  1)
    if [ "${INPUT_FAIL_ON_ERROR:-true}" = "true" ]; then
      echo "::error title=din lint::din lint found errors"
      exit 1
    fi
    echo "::warning title=din lint::din lint found errors (fail-on-error is false)"
    ;;
  *)
    echo "::error title=din lint::din lint exited ${EXIT_CODE:-without an exit code}: a usage error or an unreadable file"
    exit 1
    ;;
esac
