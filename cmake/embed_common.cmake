# Helpers shared by the build-time embedders (embed.cmake, embed_lexicon.cmake,
# embed_rules.cmake), included by each.

# Sets RESULT to CONTENT as a sequence of raw string literals R"DELIM(...)DELIM",
# one a line, each at most 4000 bytes, to stay under compiler limits.
function(embed_raw_string content delim result)
  string(LENGTH "${content}" len)
  set(out "")
  set(pos 0)
  while(pos LESS len)
    string(SUBSTRING "${content}" ${pos} 4000 chunk)
    string(APPEND out "R\"${delim}(${chunk})${delim}\"\n")
    math(EXPR pos "${pos} + 4000")
  endwhile()
  if(len EQUAL 0)
    set(out "\"\"\n")
  endif()
  set(${result} "${out}" PARENT_SCOPE)
endfunction()

# Sets RESULT to the C++ constant named by NAME: "k", then each part between
# dots and dashes capitalised ("time-box.box" -> kTimeBoxBox).
function(embed_identifier name result)
  string(REPLACE "." "-" parts "${name}")
  string(REPLACE "-" ";" parts "${parts}")
  set(id "k")
  foreach(part ${parts})
    string(SUBSTRING "${part}" 0 1 first)
    string(TOUPPER "${first}" first)
    string(SUBSTRING "${part}" 1 -1 rest)
    string(APPEND id "${first}${rest}")
  endforeach()
  set(${result} "${id}" PARENT_SCOPE)
endfunction()

# Writes TEXT to PATH only when it differs from what PATH holds, so a file
# that did not change does not rebuild what includes it.
function(embed_write_if_changed path text)
  file(WRITE ${path}.tmp "${text}")
  execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${path}.tmp ${path})
  file(REMOVE ${path}.tmp)
endfunction()
