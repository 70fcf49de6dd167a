-- starbank's language server for Neovim 0.11+: put this file in
-- ~/.config/nvim/lsp/ and call vim.lsp.enable('starbank') in init.lua.
return {
  cmd = { 'starbank', 'server' },
  filetypes = { 'yaml' },
  root_markers = { '.starbank.yaml', '.git' },
}
