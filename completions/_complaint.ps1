
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'complaint' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'complaint'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'complaint' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Prepare a case by answering questions, one at a time; shows the opener and the brief')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the cases saved in your data folder')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Add an earlier contact (a call, a chat, a letter) to a case')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check case files and list every problem, with file, line:column and field')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Read your own words as an operator would: shouting, insults, threats, vague requests')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'Say where the case stands on the escalation ladder, and the command for the next step')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where every saved case stands: the most urgent first')
            [CompletionResult]::new('followup', 'followup', [CompletionResultType]::ParameterValue, 'Write the second, firmer letter once the first letter''s deadline has passed')
            [CompletionResult]::new('escalate', 'escalate', [CompletionResultType]::ParameterValue, 'Print the complaint to the body that `next` names: regulator, ombudsman, court, bank')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'Write calendar reminders (.ics): the reply deadline, the follow-up, legal windows')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Write an e-mail (.eml) to the company with the letter attached, to open as a draft')
            [CompletionResult]::new('rehearse', 'rehearse', [CompletionResultType]::ParameterValue, 'Practise the call: the first line, your opening, then the specialist''s questions')
            [CompletionResult]::new('opener', 'opener', [CompletionResultType]::ParameterValue, 'Print what to say first to the support operator: two calm sentences')
            [CompletionResult]::new('brief', 'brief', [CompletionResultType]::ParameterValue, 'Print the call sheet for the conversation with the specialist')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Print a short written appeal for a chat, messenger or e-mail')
            [CompletionResult]::new('letter', 'letter', [CompletionResultType]::ParameterValue, 'Write the formal letter, ready to sign and send')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render many cases at once, each into a folder of its own')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Render the built-in example case into a folder, one file per rendering')
            [CompletionResult]::new('law', 'law', [CompletionResultType]::ParameterValue, 'Show what a jurisdiction''s law pack says, with its sources')
            [CompletionResult]::new('example', 'example', [CompletionResultType]::ParameterValue, 'Print a complete example case to start from')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the case file')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show where the config file is, or the settings in effect and where each comes from')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'complaint;prepare' {
            [CompletionResult]::new('--edit', '--edit', [CompletionResultType]::ParameterName, 'Walk through an existing case with its answers as the defaults')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Go on with the walk that was interrupted, from the first unanswered question')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;list' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;log' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How you contacted them')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'The reference or ticket number you were given')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The name of the person you spoke to')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'What was said or promised')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'How high it reached: the first line, the second line (a specialist), or the management')
            [CompletionResult]::new('--sent-by', '--sent-by', [CompletionResultType]::ParameterName, 'For a letter: how you sent it')
            [CompletionResult]::new('--tracking', '--tracking', [CompletionResultType]::ParameterName, 'For a posted letter: the tracking number from the receipt (capitals, no spaces)')
            [CompletionResult]::new('--delivered', '--delivered', [CompletionResultType]::ParameterName, 'For a letter: the day the company received it. Without --channel, it is added to the latest letter already logged')
            [CompletionResult]::new('--letter-file', '--letter-file', [CompletionResultType]::ParameterName, 'For a letter: the PDF exactly as you sent it, kept with the case from now on')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;validate' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per problem or piece of advice, one per line, for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;check' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit with status 1 when there is any advice, for scripts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per finding, one per line, for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;next' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object instead of words, for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;status' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per case, one per line, for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;followup' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The letter''s format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'Paper size of the PDF [default: from the config file, else a4]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the file with the system''s default application once it is written')
            [CompletionResult]::new('--embed-attachments', '--embed-attachments', [CompletionResultType]::ParameterName, 'Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment''s pages')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;escalate' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;remind' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the file with the system''s default application once it is written')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;email' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'Paper size of the PDF [default: from the config file, else a4]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the file with the system''s default application once it is written')
            [CompletionResult]::new('--embed-attachments', '--embed-attachments', [CompletionResultType]::ParameterName, 'Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment''s pages')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;rehearse' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('--script', '--script', [CompletionResultType]::ParameterName, 'Print the whole practice as a sheet instead of asking (also done without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;opener' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;brief' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('--redact', '--redact', [CompletionResultType]::ParameterName, 'Mask every identifier and personal detail, to share the brief safely')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;message' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;letter' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The letter''s format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'Paper size of the PDF [default: from the config file, else a4]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the file with the system''s default application once it is written')
            [CompletionResult]::new('--embed-attachments', '--embed-attachments', [CompletionResultType]::ParameterName, 'Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment''s pages')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;render' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write: DIR/<case name>/opener.txt, brief.txt, message.txt, letter.txt, letter.pdf')
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Where to write: DIR/<case name>/opener.txt, brief.txt, message.txt, letter.txt, letter.pdf')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to write: text (the four renderings), pdf (the letter), or both')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'How many cases to render at once [default: the number of cores]')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'How many cases to render at once [default: the number of cores]')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'Paper size of the PDF [default: from the config file, else a4]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Also take the case files in sub-folders of the folders given')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Also take the case files in sub-folders of the folders given')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'Stop at the first case that fails')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace outputs that exist already')
            [CompletionResult]::new('--embed-attachments', '--embed-attachments', [CompletionResultType]::ParameterName, 'Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment''s pages')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;demo' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'The folder to write into')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files of the same names in DIR (a folder the demo made is refreshed anyway)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;law' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;example' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;schema' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;config' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path (it need not exist)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the settings in effect, each with where it comes from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'complaint;config;path' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;config;show' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path (it need not exist)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the settings in effect, each with where it comes from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'complaint;config;help;path' {
            break
        }
        'complaint;config;help;show' {
            break
        }
        'complaint;config;help;help' {
            break
        }
        'complaint;completions' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;man' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Write in this language instead of the case''s own')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the output and errors: no notes, warnings, summaries or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'complaint;help' {
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Prepare a case by answering questions, one at a time; shows the opener and the brief')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the cases saved in your data folder')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Add an earlier contact (a call, a chat, a letter) to a case')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check case files and list every problem, with file, line:column and field')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Read your own words as an operator would: shouting, insults, threats, vague requests')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'Say where the case stands on the escalation ladder, and the command for the next step')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where every saved case stands: the most urgent first')
            [CompletionResult]::new('followup', 'followup', [CompletionResultType]::ParameterValue, 'Write the second, firmer letter once the first letter''s deadline has passed')
            [CompletionResult]::new('escalate', 'escalate', [CompletionResultType]::ParameterValue, 'Print the complaint to the body that `next` names: regulator, ombudsman, court, bank')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'Write calendar reminders (.ics): the reply deadline, the follow-up, legal windows')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Write an e-mail (.eml) to the company with the letter attached, to open as a draft')
            [CompletionResult]::new('rehearse', 'rehearse', [CompletionResultType]::ParameterValue, 'Practise the call: the first line, your opening, then the specialist''s questions')
            [CompletionResult]::new('opener', 'opener', [CompletionResultType]::ParameterValue, 'Print what to say first to the support operator: two calm sentences')
            [CompletionResult]::new('brief', 'brief', [CompletionResultType]::ParameterValue, 'Print the call sheet for the conversation with the specialist')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Print a short written appeal for a chat, messenger or e-mail')
            [CompletionResult]::new('letter', 'letter', [CompletionResultType]::ParameterValue, 'Write the formal letter, ready to sign and send')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render many cases at once, each into a folder of its own')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Render the built-in example case into a folder, one file per rendering')
            [CompletionResult]::new('law', 'law', [CompletionResultType]::ParameterValue, 'Show what a jurisdiction''s law pack says, with its sources')
            [CompletionResult]::new('example', 'example', [CompletionResultType]::ParameterValue, 'Print a complete example case to start from')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the case file')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show where the config file is, or the settings in effect and where each comes from')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'complaint;help;prepare' {
            break
        }
        'complaint;help;list' {
            break
        }
        'complaint;help;log' {
            break
        }
        'complaint;help;validate' {
            break
        }
        'complaint;help;check' {
            break
        }
        'complaint;help;next' {
            break
        }
        'complaint;help;status' {
            break
        }
        'complaint;help;followup' {
            break
        }
        'complaint;help;escalate' {
            break
        }
        'complaint;help;remind' {
            break
        }
        'complaint;help;email' {
            break
        }
        'complaint;help;rehearse' {
            break
        }
        'complaint;help;opener' {
            break
        }
        'complaint;help;brief' {
            break
        }
        'complaint;help;message' {
            break
        }
        'complaint;help;letter' {
            break
        }
        'complaint;help;render' {
            break
        }
        'complaint;help;demo' {
            break
        }
        'complaint;help;law' {
            break
        }
        'complaint;help;example' {
            break
        }
        'complaint;help;schema' {
            break
        }
        'complaint;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path (it need not exist)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the settings in effect, each with where it comes from')
            break
        }
        'complaint;help;config;path' {
            break
        }
        'complaint;help;config;show' {
            break
        }
        'complaint;help;completions' {
            break
        }
        'complaint;help;man' {
            break
        }
        'complaint;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
