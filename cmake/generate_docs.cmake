# Writes the shell completion scripts and the man page from the built binary
# itself, so they always match its commands and options.
#   cmake -DSTARBANK=path/to/starbank -DOUT=dir -DVERSION=x.y.z -P generate_docs.cmake
file(MAKE_DIRECTORY ${OUT})

function(run_starbank out_var)
  execute_process(COMMAND ${STARBANK} ${ARGN}
                  OUTPUT_VARIABLE text RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "starbank ${ARGN} failed (${rc}): ${err}")
  endif()
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

run_starbank(bash completion bash)
file(WRITE ${OUT}/starbank.bash "${bash}")
run_starbank(zsh completion zsh)
file(WRITE ${OUT}/_starbank "${zsh}")

# Help text as a roff literal block: backslashes escaped, and lines that
# start with '.' or '\'' protected from being read as requests.
function(roff_literal out_var text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out_var} ".nf\n${text}.fi\n" PARENT_SCOPE)
endfunction()

run_starbank(help --help)
roff_literal(main_block "${help}")
# The command names: the indented words under "Subcommands:".
string(REGEX MATCH "Subcommands:\n([^\n]+\n)+" subs "${help}")
string(REGEX MATCHALL "\n  [a-z]+" names "${subs}")
set(commands "")
foreach(name ${names})
  string(STRIP "${name}" name)
  run_starbank(sub_help ${name} --help)
  roff_literal(block "${sub_help}")
  string(APPEND commands ".SS starbank ${name}\n${block}")
endforeach()

file(WRITE ${OUT}/starbank.1
".TH STARBANK 1 \"\" \"starbank ${VERSION}\" \"User Commands\"
.SH NAME
starbank \\- lint and plan STAR interview stories
.SH SYNOPSIS
.B starbank
[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR...]
.SH DESCRIPTION
starbank reads a bank of behavioral interview stories written as YAML
(situation, task, action, result, learning) and reports what an interviewer
would mark down: results without numbers, actions told as \\(lqwe\\(rq,
missing setbacks, stories too long to tell. It maps stories to leadership
principles and plans which story to tell for which principle.
.SH OPTIONS
${main_block}.SH COMMANDS
${commands}.SH FILES
.TP
.I .starbank.yaml
Settings, found from the current folder up to the repository root (the first
folder holding .git): catalog, level, words_per_minute, max_seconds,
min_seconds, rules, confidential, exclude, practice_log.
\\fBstarbank config\\fR prints the settings in effect and where each came from.
.TP
.I practice.yaml
The practice log \\fBstarbank drill\\fR appends attempts to, at the bank's root
(beside .starbank.yaml, else at the repository's top); \\fBpractice_log:\\fR in the
config moves it.
.TP
.I .git/hooks/pre-commit
Written by \\fBstarbank hook install\\fR; lints the staged story files.
.SH SUPPRESSION
A comment \\fB# starbank: ignore[\\fIrule\\fB,...] -- \\fIreason\\fR on the line of
a key, or on the line directly above it, silences those rules for that key's
value. \\fB# starbank: ignore-file[\\fIrule\\fB]\\fR before the first key silences
them for the file. Directives that silence nothing or name an unknown rule are
reported (unused-suppression, invalid-suppression).
.SH ENVIRONMENT
.TP
.B NO_COLOR
Disables colour unless \\fB--color always\\fR.
.TP
.B FORCE_COLOR
Enables colour in a pipe unless \\fBNO_COLOR\\fR is set or \\fB--color never\\fR.
.TP
.B STARBANK_NOW
An ISO date-time (2026-12-01T09:00:00Z) \\fBstarbank drill\\fR takes as now, for
demos and tests.
.SH EXIT STATUS
.TP
.B 0
No finding at or above \\fB--fail-on\\fR and no load error.
.TP
.B 1
Findings at or above \\fB--fail-on\\fR, or a score under \\fB--min-score\\fR.
.TP
.B 2
Usage, config, I/O or parse errors.
.TP
.B 130
\\fBstarbank drill\\fR interrupted (Ctrl-C); nothing logged for that attempt.
")
