#!/usr/bin/env bash
# Man pages and bash completion made from the programs' own --help, so they cannot drift:
#   make-docs.sh CLI DESKTOP OUTDIR VERSION
# writes OUTDIR/man/man1/{rectrack,rectrack-cli}.1 (English), OUTDIR/man/zh_CN/man1/… (Chinese)
# and OUTDIR/bash-completion/rectrack-cli. Needs help2man.
set -euo pipefail
cli=${1:?rectrack-cli}
desktop=${2:?rectrack}
out=${3:?output folder}
version=${4:?version}
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# run by their installed names, so that their help says `rectrack-cli`, not the build folder's path
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
ln -s "$(readlink -f "$cli")" "$bin/rectrack-cli"
ln -s "$(readlink -f "$desktop")" "$bin/rectrack"
export PATH=$bin:$PATH
cli=rectrack-cli
desktop=rectrack

# The subcommands, as `rectrack-cli --help` lists them (the lines between the heading that
# ends in a colon and the blank line before Options).
commands() {
  RECTRACK_LANG=en "$cli" --help | awk '/^Commands/{on=1; next} on && /^$/{exit} on && /^  [a-z]/{print $1}'
}
# A command's options (or the global ones): --long and -s names.
options() {
  RECTRACK_LANG=en "$cli" "$@" --help | grep -oE '^  (-[a-zA-Z], )?--[a-z][a-z-]*' | sed 's/,//' | tr -s ' ' '\n' | grep -v '^$' | sort -u
}

for lang in en zh_CN; do
  dir=$out/man/man1
  [ "$lang" = zh_CN ] && dir=$out/man/zh_CN/man1
  mkdir -p "$dir"
  extra=$(mktemp)
  {
    if [ "$lang" = en ]; then echo "[COMMANDS]"; else echo "[子命令]"; fi
    for c in $(commands); do
      echo ".SS $c"
      echo ".nf"
      RECTRACK_LANG=$lang "$cli" "$c" --help | sed -e 's/\\/\\\\/g' -e "s/^\\./\\\\\\&./"
      echo ".fi"
    done
    if [ "$lang" = en ]; then
      printf '[ENVIRONMENT]\n.TP\nRECTRACK_LANG\nen for English; Chinese (zh_CN) otherwise.\n.TP\nRECTRACK_PASSWORD\nThe password of the account given with --user.\n.TP\nPGPASSWORD\nThe password for --server, as for every PostgreSQL tool (or ~/.pgpass).\n'
    fi
  } > "$extra"
  RECTRACK_LANG=$lang help2man --no-info --no-discard-stderr --section=1 --name="$( [ "$lang" = en ] && echo 'Rectrack rectification ledger, command-line tool' || echo '整改台账命令行工具')" \
    --include="$extra" --version-string="rectrack-cli $version" --output="$dir/rectrack-cli.1" "$cli"
  RECTRACK_LANG=$lang help2man --no-info --no-discard-stderr --section=1 --name="$( [ "$lang" = en ] && echo 'Rectrack rectification ledger (desktop)' || echo '整改台账（桌面程序）')" \
    --version-string="rectrack $version" --output="$dir/rectrack.1" "$desktop"
  rm -f "$extra"
done

# bash completion: subcommands first, then the chosen command's options
mkdir -p "$out/bash-completion"
{
  echo "# bash completion for rectrack-cli, made from its --help by make-docs.sh"
  echo "_rectrack_cli() {"
  echo '  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command="" i'
  echo '  for ((i = 1; i < COMP_CWORD; i++)); do'
  echo '    case ${COMP_WORDS[i]} in --db|--server|--user|--today|--format|-o|--output|--inspection|--round|--status|--state|--search|--role) ((i++)) ;; -*) ;; *) command=${COMP_WORDS[i]}; break ;; esac'
  echo '  done'
  echo '  case $prev in --db|-o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;; esac'
  echo '  case $command in'
  echo "    \"\") COMPREPLY=(\$(compgen -W \"$(commands | tr '\n' ' ')$(options | tr '\n' ' ')\" -- \"\$cur\")) ;;"
  for c in $(commands); do
    echo "    $c) COMPREPLY=(\$(compgen -W \"$(options "$c" | tr '\n' ' ')\" -- \"\$cur\"))"
    echo "       [ \${#COMPREPLY[@]} -eq 0 ] && COMPREPLY=(\$(compgen -f -- \"\$cur\")) ;;"
  done
  echo '  esac'
  echo '}'
  echo 'complete -F _rectrack_cli rectrack-cli'
} > "$out/bash-completion/rectrack-cli"
