-- Neovim as a real client of `din lsp`, started as README's Neovim section says: vim.lsp.start where the editor has
-- it (0.8 and later), the older vim.lsp.start_client and vim.lsp.buf_attach_client otherwise. Run by .ci/neovim-test:
--   nvim --headless -u NONE -i NONE -n -c "luafile .ci/neovim-lsp.lua"
-- with DIN_EXECUTABLE (the din to start), DIN_TEST_FILE (an action file with a missing `+`) and DIN_TEST_RESULT
-- (where each step writes what it saw, ending in PASS or FAIL).
local din = assert(os.getenv('DIN_EXECUTABLE'), 'DIN_EXECUTABLE is not set')
local file = assert(os.getenv('DIN_TEST_FILE'), 'DIN_TEST_FILE is not set')
local result = assert(io.open(assert(os.getenv('DIN_TEST_RESULT'), 'DIN_TEST_RESULT is not set'), 'w'))
local deadline_ms = 20000

local function say(line)
  result:write(line .. '\n')
  result:flush()
end

local function finish(verdict)
  say(verdict)
  result:close()
  vim.cmd(verdict == 'PASS' and 'qall!' or 'cquit! 1')
end

local function check(ok, message)
  if not ok then
    finish('FAIL ' .. message)
    error(message)
  end
end

-- The code of a diagnostic: its own field on newer Neovim, the protocol's diagnostic under user_data on older ones.
local function code_of(diagnostic)
  return diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code)
end

local function codes(buf)
  local found = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
    table.insert(found, string.format('%s@%d:%d', code_of(diagnostic) or '?', diagnostic.lnum, diagnostic.col))
  end
  table.sort(found)
  return table.concat(found, ' ')
end

local function request(buf, method, params)
  local replies, err = vim.lsp.buf_request_sync(buf, method, params, deadline_ms)
  check(replies ~= nil, method .. ' got no reply: ' .. tostring(err))
  for _, reply in pairs(replies) do
    check(reply.err == nil, method .. ' failed: ' .. vim.inspect(reply.err))
    return reply.result
  end
  check(false, method .. ' got an empty reply')
end

local ok, problem = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buf)
  local config = {
    name = 'din',
    cmd = { din, 'lsp' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    settings = { din = { profile = 'dashboard', numberingPlan = false } },
  }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
    say('started with vim.lsp.start')
  else
    -- As README says for older Neovim: it does not ask for settings, so they are pushed once the client is up.
    config.on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end
    client_id = vim.lsp.start_client(config)
    check(client_id ~= nil, 'vim.lsp.start_client returned nothing')
    vim.lsp.buf_attach_client(buf, client_id)
    say('started with vim.lsp.start_client')
  end
  check(client_id ~= nil, 'the client did not start')

  -- Diagnostics: the missing `+` of the transfer's number, at its place.
  check(vim.wait(deadline_ms, function() return #vim.diagnostic.get(buf) > 0 end, 50), 'no diagnostics arrived')
  say('diagnostics ' .. codes(buf))
  check(codes(buf) == 'DIN0010@0:9', 'expected DIN0010 at 0:9, found ' .. codes(buf))

  -- The quick fix, applied as Neovim applies a code action's edit: the diagnostics go away.
  local diagnostic = vim.diagnostic.get(buf)[1]
  local lsp_diagnostic = diagnostic.user_data and diagnostic.user_data.lsp
  local actions = request(buf, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 0, character = 9 }, ['end'] = { line = 0, character = 20 } },
    context = { diagnostics = lsp_diagnostic and { lsp_diagnostic } or {} },
  })
  check(actions and #actions > 0, 'no code action for the diagnostic')
  say('quick fix ' .. actions[1].title)
  vim.lsp.util.apply_workspace_edit(actions[1].edit, 'utf-16')
  check(vim.api.nvim_buf_get_lines(buf, 0, -1, false)[1] == 'transfer +81807181881', 'the fix left ' .. vim.api.nvim_buf_get_lines(buf, 0, -1, false)[1])
  check(vim.wait(deadline_ms, function() return #vim.diagnostic.get(buf) == 0 end, 50), 'the diagnostics stayed after the fix: ' .. codes(buf))
  say('fixed, no diagnostics')

  -- An edit through the buffer (an incremental didChange), then formatting to the canonical text.
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, { 'say   en  "Hello"', 'transfer +81807181881' })
  local edits = request(buf, 'textDocument/formatting', {
    textDocument = { uri = uri },
    options = { tabSize = 4, insertSpaces = true },
  })
  check(edits and #edits > 0, 'formatting returned no edit')
  vim.lsp.util.apply_text_edits(edits, buf, 'utf-16')
  local formatted = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  say('formatted ' .. formatted)
  check(formatted == 'say en "Hello"\ntransfer +81807181881', 'formatting gave ' .. formatted)

  -- Hover on the language code, and completion at the start of a line.
  local hover = request(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 0, character = 4 } })
  check(hover and hover.contents and hover.contents.value:find('English', 1, true), 'the hover on `en` does not name English')
  say('hover names English')
  local completion = request(buf, 'textDocument/completion', { textDocument = { uri = uri }, position = { line = 1, character = 0 } })
  local labels = {}
  for _, item in ipairs(completion.items or completion) do
    table.insert(labels, item.label)
  end
  table.sort(labels)
  say('completion ' .. table.concat(labels, ' '))
  check(vim.tbl_contains(labels, 'playback') and vim.tbl_contains(labels, 'voicemail'), 'completion lacks the action names')

  -- shutdown and exit, as Neovim ends a client.
  vim.lsp.stop_client(client_id)
  check(vim.wait(deadline_ms, function() return vim.lsp.client_is_stopped(client_id) end, 50), 'the server did not stop')
  say('stopped')
end)

if ok then
  finish('PASS')
else
  finish('FAIL ' .. tostring(problem))
end
