complete --keep-order --exclusive --command complaint --arguments "(COMPLETE=fish complaint -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
