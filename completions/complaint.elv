
use builtin;
use str;

set edit:completion:arg-completer[complaint] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'complaint'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'complaint'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand prepare 'Prepare a case by answering questions, one at a time; shows the opener and the brief'
            cand list 'List the cases saved in your data folder'
            cand log 'Add an earlier contact (a call, a chat, a letter) to a case'
            cand validate 'Check case files and list every problem, with file, line:column and field'
            cand check 'Read your own words as an operator would: shouting, insults, threats, vague requests'
            cand next 'Say where the case stands on the escalation ladder, and the command for the next step'
            cand status 'Where every saved case stands: the most urgent first'
            cand followup 'Write the second, firmer letter once the first letter''s deadline has passed'
            cand escalate 'Print the complaint to the body that `next` names: regulator, ombudsman, court, bank'
            cand remind 'Write calendar reminders (.ics): the reply deadline, the follow-up, legal windows'
            cand email 'Write an e-mail (.eml) to the company with the letter attached, to open as a draft'
            cand rehearse 'Practise the call: the first line, your opening, then the specialist''s questions'
            cand opener 'Print what to say first to the support operator: two calm sentences'
            cand brief 'Print the call sheet for the conversation with the specialist'
            cand message 'Print a short written appeal for a chat, messenger or e-mail'
            cand letter 'Write the formal letter, ready to sign and send'
            cand render 'Render many cases at once, each into a folder of its own'
            cand demo 'Render the built-in example case into a folder, one file per rendering'
            cand law 'Show what a jurisdiction''s law pack says, with its sources'
            cand example 'Print a complete example case to start from'
            cand schema 'Print the JSON Schema of the case file'
            cand config 'Show where the config file is, or the settings in effect and where each comes from'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'complaint;prepare'= {
            cand --edit 'Walk through an existing case with its answers as the defaults'
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand --resume 'Go on with the walk that was interrupted, from the first unanswered question'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;list'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;log'= {
            cand --date 'When it happened, YYYY-MM-DD [default: today]'
            cand --channel 'How you contacted them'
            cand --reference 'The reference or ticket number you were given'
            cand --operator 'The name of the person you spoke to'
            cand --summary 'What was said or promised'
            cand --level 'How high it reached: the first line, the second line (a specialist), or the management'
            cand --sent-by 'For a letter: how you sent it'
            cand --tracking 'For a posted letter: the tracking number from the receipt (capitals, no spaces)'
            cand --delivered 'For a letter: the day the company received it. Without --channel, it is added to the latest letter already logged'
            cand --letter-file 'For a letter: the PDF exactly as you sent it, kept with the case from now on'
            cand --lang 'Write in this language instead of the case''s own'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;validate'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand --json 'Print one JSON object per problem or piece of advice, one per line, for scripts'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;check'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand --strict 'Exit with status 1 when there is any advice, for scripts'
            cand --json 'Print one JSON object per finding, one per line, for scripts'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;next'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand --json 'Print one JSON object instead of words, for scripts'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;status'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand --json 'Print one JSON object per case, one per line, for scripts'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;followup'= {
            cand --format 'The letter''s format'
            cand -o 'Write to FILE instead of standard output'
            cand --output 'Write to FILE instead of standard output'
            cand --paper 'Paper size of the PDF [default: from the config file, else a4]'
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand --force 'Replace FILE if it exists'
            cand --open 'Open the file with the system''s default application once it is written'
            cand --embed-attachments 'Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment''s pages'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;escalate'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;remind'= {
            cand -o 'Write to FILE'
            cand --output 'Write to FILE'
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand --force 'Replace FILE if it exists'
            cand --open 'Open the file with the system''s default application once it is written'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;email'= {
            cand -o 'Write to FILE'
            cand --output 'Write to FILE'
            cand --paper 'Paper size of the PDF [default: from the config file, else a4]'
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand --force 'Replace FILE if it exists'
            cand --open 'Open the file with the system''s default application once it is written'
            cand --embed-attachments 'Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment''s pages'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;rehearse'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand --script 'Print the whole practice as a sheet instead of asking (also done without a terminal)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;opener'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;brief'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand --redact 'Mask every identifier and personal detail, to share the brief safely'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;message'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;letter'= {
            cand --format 'The letter''s format'
            cand -o 'Write to FILE instead of standard output'
            cand --output 'Write to FILE instead of standard output'
            cand --paper 'Paper size of the PDF [default: from the config file, else a4]'
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand --force 'Replace FILE if it exists'
            cand --open 'Open the file with the system''s default application once it is written'
            cand --embed-attachments 'Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment''s pages'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;render'= {
            cand -o 'Where to write: DIR/<case name>/opener.txt, brief.txt, message.txt, letter.txt, letter.pdf'
            cand --out-dir 'Where to write: DIR/<case name>/opener.txt, brief.txt, message.txt, letter.txt, letter.pdf'
            cand --format 'What to write: text (the four renderings), pdf (the letter), or both'
            cand -j 'How many cases to render at once [default: the number of cores]'
            cand --jobs 'How many cases to render at once [default: the number of cores]'
            cand --paper 'Paper size of the PDF [default: from the config file, else a4]'
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -r 'Also take the case files in sub-folders of the folders given'
            cand --recursive 'Also take the case files in sub-folders of the folders given'
            cand --fail-fast 'Stop at the first case that fails'
            cand --force 'Replace outputs that exist already'
            cand --embed-attachments 'Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment''s pages'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;demo'= {
            cand --out-dir 'The folder to write into'
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand --force 'Replace files of the same names in DIR (a folder the demo made is refreshed anyway)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;law'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;example'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;schema'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;config'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the config file''s path (it need not exist)'
            cand show 'Print the settings in effect, each with where it comes from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'complaint;config;path'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;config;show'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;config;help'= {
            cand path 'Print the config file''s path (it need not exist)'
            cand show 'Print the settings in effect, each with where it comes from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'complaint;config;help;path'= {
        }
        &'complaint;config;help;show'= {
        }
        &'complaint;config;help;help'= {
        }
        &'complaint;completions'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;man'= {
            cand --lang 'Write in this language instead of the case''s own'
            cand --date 'Today''s date, YYYY-MM-DD: the letter''s date (the reply deadline counts from it) and the day `next` counts from [default: today]'
            cand --templates 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)'
            cand -q 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand --quiet 'Print only the output and errors: no notes, warnings, summaries or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'complaint;help'= {
            cand prepare 'Prepare a case by answering questions, one at a time; shows the opener and the brief'
            cand list 'List the cases saved in your data folder'
            cand log 'Add an earlier contact (a call, a chat, a letter) to a case'
            cand validate 'Check case files and list every problem, with file, line:column and field'
            cand check 'Read your own words as an operator would: shouting, insults, threats, vague requests'
            cand next 'Say where the case stands on the escalation ladder, and the command for the next step'
            cand status 'Where every saved case stands: the most urgent first'
            cand followup 'Write the second, firmer letter once the first letter''s deadline has passed'
            cand escalate 'Print the complaint to the body that `next` names: regulator, ombudsman, court, bank'
            cand remind 'Write calendar reminders (.ics): the reply deadline, the follow-up, legal windows'
            cand email 'Write an e-mail (.eml) to the company with the letter attached, to open as a draft'
            cand rehearse 'Practise the call: the first line, your opening, then the specialist''s questions'
            cand opener 'Print what to say first to the support operator: two calm sentences'
            cand brief 'Print the call sheet for the conversation with the specialist'
            cand message 'Print a short written appeal for a chat, messenger or e-mail'
            cand letter 'Write the formal letter, ready to sign and send'
            cand render 'Render many cases at once, each into a folder of its own'
            cand demo 'Render the built-in example case into a folder, one file per rendering'
            cand law 'Show what a jurisdiction''s law pack says, with its sources'
            cand example 'Print a complete example case to start from'
            cand schema 'Print the JSON Schema of the case file'
            cand config 'Show where the config file is, or the settings in effect and where each comes from'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'complaint;help;prepare'= {
        }
        &'complaint;help;list'= {
        }
        &'complaint;help;log'= {
        }
        &'complaint;help;validate'= {
        }
        &'complaint;help;check'= {
        }
        &'complaint;help;next'= {
        }
        &'complaint;help;status'= {
        }
        &'complaint;help;followup'= {
        }
        &'complaint;help;escalate'= {
        }
        &'complaint;help;remind'= {
        }
        &'complaint;help;email'= {
        }
        &'complaint;help;rehearse'= {
        }
        &'complaint;help;opener'= {
        }
        &'complaint;help;brief'= {
        }
        &'complaint;help;message'= {
        }
        &'complaint;help;letter'= {
        }
        &'complaint;help;render'= {
        }
        &'complaint;help;demo'= {
        }
        &'complaint;help;law'= {
        }
        &'complaint;help;example'= {
        }
        &'complaint;help;schema'= {
        }
        &'complaint;help;config'= {
            cand path 'Print the config file''s path (it need not exist)'
            cand show 'Print the settings in effect, each with where it comes from'
        }
        &'complaint;help;config;path'= {
        }
        &'complaint;help;config;show'= {
        }
        &'complaint;help;completions'= {
        }
        &'complaint;help;man'= {
        }
        &'complaint;help;help'= {
        }
    ]
    $completions[$command]
}
