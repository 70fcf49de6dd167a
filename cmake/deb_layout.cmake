# CPack pre-build script: moves the zsh completion where Debian's zsh looks
# for packaged completions (share/zsh/vendor-completions).
file(GLOB_RECURSE zsh_files "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/_starbank")
foreach(f ${zsh_files})
  get_filename_component(site ${f} DIRECTORY)
  get_filename_component(zsh ${site} DIRECTORY)
  if(site MATCHES "/zsh/site-functions$")
    file(MAKE_DIRECTORY ${zsh}/vendor-completions)
    file(RENAME ${f} ${zsh}/vendor-completions/_starbank)
    file(REMOVE_RECURSE ${site})
  endif()
endforeach()
