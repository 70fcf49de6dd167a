-- starbank's language server for Neovim 0.7 to 0.10 (0.11 and later can use
-- lsp/starbank.lua and vim.lsp.enable instead). Put this file in
-- ~/.config/nvim/lua/ and call require('starbank').setup() in init.lua.
--
-- Every YAML buffer gets the server of its bank: the folder that holds the
-- nearest .starbank.yaml (or .git) above the file. YAML that is not a story
-- (a CI config, say) gets no findings: the server skips it.
local M = {}

local markers = { '.starbank.yaml', '.git' }

-- The folder holding the nearest marker above `path`, else `path`'s folder.
local function root_of(path)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  if vim.fs and vim.fs.find then -- 0.8 and later
    local found = vim.fs.find(markers, { upward = true, path = dir })[1]
    return found and vim.fs.dirname(found) or dir
  end
  local config = vim.fn.findfile('.starbank.yaml', dir .. ';')
  if config ~= '' then
    return vim.fn.fnamemodify(config, ':p:h')
  end
  local git = vim.fn.finddir('.git', dir .. ';')
  return git ~= '' and vim.fn.fnamemodify(git, ':p:h:h') or dir
end

-- Neovim 0.8 to 0.10: vim.lsp.start reuses the client of the same name and
-- root, so each bank runs one server.
local function start(opts, bufnr)
  vim.lsp.start({
    name = 'starbank',
    cmd = opts.cmd,
    root_dir = root_of(vim.api.nvim_buf_get_name(bufnr)),
  }, { bufnr = bufnr })
end

-- Neovim 0.7: one client per bank, started once and attached to each buffer.
local clients = {}
local function start_0_7(opts, bufnr)
  local root = root_of(vim.api.nvim_buf_get_name(bufnr))
  local id = clients[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client({ name = 'starbank', cmd = opts.cmd, root_dir = root })
    clients[root] = id
  end
  if id ~= nil then
    vim.lsp.buf_attach_client(bufnr, id)
  end
end

--- Starts starbank for every YAML buffer. opts.cmd: the command (default
--- { 'starbank', 'server' }).
function M.setup(opts)
  opts = vim.tbl_extend('force', { cmd = { 'starbank', 'server' } }, opts or {})
  local attach = vim.lsp.start and start or start_0_7
  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'yaml',
    group = vim.api.nvim_create_augroup('starbank', { clear = true }),
    callback = function(args)
      if vim.api.nvim_buf_get_name(args.buf) ~= '' then
        attach(opts, args.buf)
      end
    end,
  })
end

return M
