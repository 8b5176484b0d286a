-- Neovim (0.7 and later) as copydesk's language client, headless, for tests/lsp.rs:
--
--   COPYDESK_BIN=... COPYDESK_ARTICLE=... COPYDESK_OUT=... COPYDESK_ACTION=... \
--     nvim --headless --clean -c 'luafile tests/nvim/lsp_check.lua'
--
-- Opens the article, starts `copydesk lsp` for text and Markdown buffers (vim.lsp.start_client
-- and buf_attach_client: 0.7 has no vim.lsp.start), waits for the diagnostics, hovers over the
-- first, asks for its code actions, applies the one whose title starts with COPYDESK_ACTION,
-- and waits for the diagnostics to update. What it saw goes to COPYDESK_OUT; the buffer after
-- the edit to COPYDESK_OUT .. '.buffer'. Any failure exits non-zero with the reason in the file.

local bin = assert(os.getenv('COPYDESK_BIN'), 'COPYDESK_BIN')
local article = assert(os.getenv('COPYDESK_ARTICLE'), 'COPYDESK_ARTICLE')
local out = assert(os.getenv('COPYDESK_OUT'), 'COPYDESK_OUT')
local wanted_action = assert(os.getenv('COPYDESK_ACTION'), 'COPYDESK_ACTION')
local patience = 20000
local report = {}

local function say(line)
  table.insert(report, line)
end

-- The diagnostics as the server last published them (vim.diagnostic keeps byte columns and,
-- in 0.7, not the LSP range), passed on to Neovim's own handler.
local published = {}
local function on_publish(err, result, ctx, config)
  published = result.diagnostics
  return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local bufnr = vim.api.nvim_get_current_buf()
  local filetype = vim.bo[bufnr].filetype
  assert(filetype == 'text' or filetype == 'markdown', 'not a text or Markdown buffer: ' .. filetype)
  local client_id = vim.lsp.start_client({
    name = 'copydesk',
    cmd = { bin, 'lsp' },
    root_dir = vim.fn.fnamemodify(article, ':p:h'),
    handlers = { ['textDocument/publishDiagnostics'] = on_publish },
  })
  assert(client_id, 'copydesk lsp did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  assert(vim.wait(patience, function() return #vim.diagnostic.get(bufnr) > 0 end, 20), 'no diagnostics came')
  local shown = vim.diagnostic.get(bufnr)
  local diagnostics = published
  assert(#shown == #diagnostics, 'Neovim shows ' .. #shown .. ' of ' .. #diagnostics .. ' diagnostics')
  say('encoding: ' .. client.offset_encoding)
  say('diagnostics:')
  for _, d in ipairs(diagnostics) do
    local first_line = vim.split(d.message, '\n')[1]
    say(string.format('  %d:%d %s %s: %s', d.range.start.line + 1, d.range.start.character + 1,
      vim.diagnostic.severity[d.severity], d.code, first_line))
    for _, r in ipairs(d.relatedInformation or {}) do
      local at = r.location.range.start
      say(string.format('    related %d:%d: %s', at.line + 1, at.character + 1, r.message))
    end
  end

  local first = diagnostics[1]
  local where = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
  where.position = first.range.start
  local hover = client.request_sync('textDocument/hover', where, patience, bufnr)
  assert(hover and hover.result, 'no hover: ' .. vim.inspect(hover))
  say('hover: ' .. vim.split(hover.result.contents.value, '\n')[1])

  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = first.range,
    context = { diagnostics = { first } },
  }
  local answer = client.request_sync('textDocument/codeAction', params, patience, bufnr)
  assert(answer and answer.result, 'no code actions: ' .. vim.inspect(answer))
  local chosen
  say('actions:')
  for _, action in ipairs(answer.result) do
    say('  ' .. action.kind .. ': ' .. action.title)
    if not chosen and vim.startswith(action.title, wanted_action) then
      chosen = action
    end
  end
  assert(chosen, 'no action titled ' .. wanted_action)
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  say('applied: ' .. chosen.title)
  vim.fn.writefile(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), out .. '.buffer')

  -- The edit reaches the server as a change; the finding it resolves goes.
  local gone = vim.wait(patience, function() return #vim.diagnostic.get(bufnr) < #diagnostics end, 20)
  assert(gone, 'the diagnostics did not update after the edit')
  say('diagnostics after: ' .. #vim.diagnostic.get(bufnr))

  vim.lsp.stop_client(client_id)
  assert(vim.wait(patience, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20),
    'the server did not stop')
  say('stopped')
end

local ok, problem = pcall(run)
if not ok then
  say('ERROR: ' .. tostring(problem))
end
vim.fn.writefile(report, out)
vim.cmd(ok and 'qall!' or 'cquit 1')
