# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_complaint_global_optspecs
    string join \n lang= date= templates= q/quiet h/help V/version
end

function __fish_complaint_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_complaint_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_complaint_using_subcommand
    set -l cmd (__fish_complaint_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c complaint -n "__fish_complaint_needs_command" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_needs_command" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_needs_command" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_needs_command" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_needs_command" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "prepare" -d 'Prepare a case by answering questions, one at a time; shows the opener and the brief'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "list" -d 'List the cases saved in your data folder'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "log" -d 'Add an earlier contact (a call, a chat, a letter) to a case'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "validate" -d 'Check case files and list every problem, with file, line:column and field'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "check" -d 'Read your own words as an operator would: shouting, insults, threats, vague requests'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "next" -d 'Say where the case stands on the escalation ladder, and the command for the next step'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "status" -d 'Where every saved case stands: the most urgent first'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "followup" -d 'Write the second, firmer letter once the first letter\'s deadline has passed'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "escalate" -d 'Print the complaint to the body that `next` names: regulator, ombudsman, court, bank'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "remind" -d 'Write calendar reminders (.ics): the reply deadline, the follow-up, legal windows'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "email" -d 'Write an e-mail (.eml) to the company with the letter attached, to open as a draft'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "rehearse" -d 'Practise the call: the first line, your opening, then the specialist\'s questions'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "opener" -d 'Print what to say first to the support operator: two calm sentences'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "brief" -d 'Print the call sheet for the conversation with the specialist'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "message" -d 'Print a short written appeal for a chat, messenger or e-mail'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "letter" -d 'Write the formal letter, ready to sign and send'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "render" -d 'Render many cases at once, each into a folder of its own'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "demo" -d 'Render the built-in example case into a folder, one file per rendering'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "law" -d 'Show what a jurisdiction\'s law pack says, with its sources'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "example" -d 'Print a complete example case to start from'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "schema" -d 'Print the JSON Schema of the case file'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "config" -d 'Show where the config file is, or the settings in effect and where each comes from'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c complaint -n "__fish_complaint_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c complaint -n "__fish_complaint_using_subcommand prepare" -l edit -d 'Walk through an existing case with its answers as the defaults' -r
complete -c complaint -n "__fish_complaint_using_subcommand prepare" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand prepare" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand prepare" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand prepare" -l resume -d 'Go on with the walk that was interrupted, from the first unanswered question'
complete -c complaint -n "__fish_complaint_using_subcommand prepare" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand prepare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand prepare" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand list" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand list" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand list" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand list" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand list" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand log" -l date -d 'When it happened, YYYY-MM-DD [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand log" -l channel -d 'How you contacted them' -r -f -a "phone\t'A phone call'
chat\t'A chat on the website or in the app'
email\t'E-mail'
messenger\t'A messenger'
social\t'Social media'
letter\t'A letter'
visit\t'A visit in person'
other\t'Anything else'"
complete -c complaint -n "__fish_complaint_using_subcommand log" -l reference -d 'The reference or ticket number you were given' -r
complete -c complaint -n "__fish_complaint_using_subcommand log" -l operator -d 'The name of the person you spoke to' -r
complete -c complaint -n "__fish_complaint_using_subcommand log" -l summary -d 'What was said or promised' -r
complete -c complaint -n "__fish_complaint_using_subcommand log" -l level -d 'How high it reached: the first line, the second line (a specialist), or the management' -r -f -a "first-line\t'The operator who answers'
second-line\t'A specialist or a supervisor'
management\t'A head of department, the director, the head office'"
complete -c complaint -n "__fish_complaint_using_subcommand log" -l sent-by -d 'For a letter: how you sent it' -r -f -a "hand\t'Handed over in person, with a receiving mark on your copy'
registered-mail\t'Registered mail with a notice of delivery'
recorded-delivery\t'Recorded or signed-for delivery'
email\t'E-mail'"
complete -c complaint -n "__fish_complaint_using_subcommand log" -l tracking -d 'For a posted letter: the tracking number from the receipt (capitals, no spaces)' -r
complete -c complaint -n "__fish_complaint_using_subcommand log" -l delivered -d 'For a letter: the day the company received it. Without --channel, it is added to the latest letter already logged' -r
complete -c complaint -n "__fish_complaint_using_subcommand log" -l letter-file -d 'For a letter: the PDF exactly as you sent it, kept with the case from now on' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand log" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand log" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand log" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand log" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand validate" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand validate" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand validate" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand validate" -l json -d 'Print one JSON object per problem or piece of advice, one per line, for scripts'
complete -c complaint -n "__fish_complaint_using_subcommand validate" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand validate" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand check" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand check" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand check" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand check" -l strict -d 'Exit with status 1 when there is any advice, for scripts'
complete -c complaint -n "__fish_complaint_using_subcommand check" -l json -d 'Print one JSON object per finding, one per line, for scripts'
complete -c complaint -n "__fish_complaint_using_subcommand check" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand check" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand next" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand next" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand next" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand next" -l json -d 'Print one JSON object instead of words, for scripts'
complete -c complaint -n "__fish_complaint_using_subcommand next" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand next" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand next" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand status" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand status" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand status" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand status" -l json -d 'Print one JSON object per case, one per line, for scripts'
complete -c complaint -n "__fish_complaint_using_subcommand status" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand status" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand followup" -l format -d 'The letter\'s format' -r -f -a "text\t'Plain text, wrapped at 72 columns'
pdf\t'PDF, ready to print and sign'"
complete -c complaint -n "__fish_complaint_using_subcommand followup" -s o -l output -d 'Write to FILE instead of standard output' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand followup" -l paper -d 'Paper size of the PDF [default: from the config file, else a4]' -r -f -a "a4\t'A4, 210 x 297 mm'
letter\t'US Letter, 8.5 x 11 in'"
complete -c complaint -n "__fish_complaint_using_subcommand followup" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand followup" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand followup" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand followup" -l force -d 'Replace FILE if it exists'
complete -c complaint -n "__fish_complaint_using_subcommand followup" -l open -d 'Open the file with the system\'s default application once it is written'
complete -c complaint -n "__fish_complaint_using_subcommand followup" -l embed-attachments -d 'Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment\'s pages'
complete -c complaint -n "__fish_complaint_using_subcommand followup" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand followup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand followup" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand escalate" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand escalate" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand escalate" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand escalate" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand escalate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand escalate" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand remind" -s o -l output -d 'Write to FILE' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand remind" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand remind" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand remind" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand remind" -l force -d 'Replace FILE if it exists'
complete -c complaint -n "__fish_complaint_using_subcommand remind" -l open -d 'Open the file with the system\'s default application once it is written'
complete -c complaint -n "__fish_complaint_using_subcommand remind" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand remind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand remind" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand email" -s o -l output -d 'Write to FILE' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand email" -l paper -d 'Paper size of the PDF [default: from the config file, else a4]' -r -f -a "a4\t'A4, 210 x 297 mm'
letter\t'US Letter, 8.5 x 11 in'"
complete -c complaint -n "__fish_complaint_using_subcommand email" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand email" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand email" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand email" -l force -d 'Replace FILE if it exists'
complete -c complaint -n "__fish_complaint_using_subcommand email" -l open -d 'Open the file with the system\'s default application once it is written'
complete -c complaint -n "__fish_complaint_using_subcommand email" -l embed-attachments -d 'Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment\'s pages'
complete -c complaint -n "__fish_complaint_using_subcommand email" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand email" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand email" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand rehearse" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand rehearse" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand rehearse" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand rehearse" -l script -d 'Print the whole practice as a sheet instead of asking (also done without a terminal)'
complete -c complaint -n "__fish_complaint_using_subcommand rehearse" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand rehearse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand rehearse" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand opener" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand opener" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand opener" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand opener" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand opener" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand opener" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand brief" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand brief" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand brief" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand brief" -l redact -d 'Mask every identifier and personal detail, to share the brief safely'
complete -c complaint -n "__fish_complaint_using_subcommand brief" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand brief" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand brief" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand message" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand message" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand message" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand message" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand message" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand message" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand letter" -l format -d 'The letter\'s format' -r -f -a "text\t'Plain text, wrapped at 72 columns'
pdf\t'PDF, ready to print and sign'"
complete -c complaint -n "__fish_complaint_using_subcommand letter" -s o -l output -d 'Write to FILE instead of standard output' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand letter" -l paper -d 'Paper size of the PDF [default: from the config file, else a4]' -r -f -a "a4\t'A4, 210 x 297 mm'
letter\t'US Letter, 8.5 x 11 in'"
complete -c complaint -n "__fish_complaint_using_subcommand letter" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand letter" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand letter" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand letter" -l force -d 'Replace FILE if it exists'
complete -c complaint -n "__fish_complaint_using_subcommand letter" -l open -d 'Open the file with the system\'s default application once it is written'
complete -c complaint -n "__fish_complaint_using_subcommand letter" -l embed-attachments -d 'Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment\'s pages'
complete -c complaint -n "__fish_complaint_using_subcommand letter" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand letter" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand letter" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand render" -s o -l out-dir -d 'Where to write: DIR/<case name>/opener.txt, brief.txt, message.txt, letter.txt, letter.pdf' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand render" -l format -d 'What to write: text (the four renderings), pdf (the letter), or both' -r -f -a "text\t'Plain text, wrapped at 72 columns'
pdf\t'PDF, ready to print and sign'"
complete -c complaint -n "__fish_complaint_using_subcommand render" -s j -l jobs -d 'How many cases to render at once [default: the number of cores]' -r
complete -c complaint -n "__fish_complaint_using_subcommand render" -l paper -d 'Paper size of the PDF [default: from the config file, else a4]' -r -f -a "a4\t'A4, 210 x 297 mm'
letter\t'US Letter, 8.5 x 11 in'"
complete -c complaint -n "__fish_complaint_using_subcommand render" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand render" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand render" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand render" -s r -l recursive -d 'Also take the case files in sub-folders of the folders given'
complete -c complaint -n "__fish_complaint_using_subcommand render" -l fail-fast -d 'Stop at the first case that fails'
complete -c complaint -n "__fish_complaint_using_subcommand render" -l force -d 'Replace outputs that exist already'
complete -c complaint -n "__fish_complaint_using_subcommand render" -l embed-attachments -d 'Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment\'s pages'
complete -c complaint -n "__fish_complaint_using_subcommand render" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand render" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand render" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand demo" -l out-dir -d 'The folder to write into' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand demo" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand demo" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand demo" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand demo" -l force -d 'Replace files of the same names in DIR (a folder the demo made is refreshed anyway)'
complete -c complaint -n "__fish_complaint_using_subcommand demo" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand demo" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand law" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand law" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand law" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand law" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand law" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand law" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand example" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand example" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand example" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand example" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand example" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand example" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand schema" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand schema" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand schema" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand schema" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand schema" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "path" -d 'Print the config file\'s path (it need not exist)'
complete -c complaint -n "__fish_complaint_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "show" -d 'Print the settings in effect, each with where it comes from'
complete -c complaint -n "__fish_complaint_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from path" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from path" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from path" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from show" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from show" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from show" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path (it need not exist)'
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the settings in effect, each with where it comes from'
complete -c complaint -n "__fish_complaint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c complaint -n "__fish_complaint_using_subcommand completions" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand completions" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand completions" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand completions" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand completions" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand man" -l lang -d 'Write in this language instead of the case\'s own' -r -f -a "en\t'English'
ru\t'Russian'
he\t'Hebrew (right to left; the PDF is laid out right to left)'"
complete -c complaint -n "__fish_complaint_using_subcommand man" -l date -d 'Today\'s date, YYYY-MM-DD: the letter\'s date (the reply deadline counts from it) and the day `next` counts from [default: today]' -r
complete -c complaint -n "__fish_complaint_using_subcommand man" -l templates -d 'Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)' -r -F
complete -c complaint -n "__fish_complaint_using_subcommand man" -s q -l quiet -d 'Print only the output and errors: no notes, warnings, summaries or progress'
complete -c complaint -n "__fish_complaint_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c complaint -n "__fish_complaint_using_subcommand man" -s V -l version -d 'Print version'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "prepare" -d 'Prepare a case by answering questions, one at a time; shows the opener and the brief'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "list" -d 'List the cases saved in your data folder'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "log" -d 'Add an earlier contact (a call, a chat, a letter) to a case'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "validate" -d 'Check case files and list every problem, with file, line:column and field'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "check" -d 'Read your own words as an operator would: shouting, insults, threats, vague requests'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "next" -d 'Say where the case stands on the escalation ladder, and the command for the next step'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "status" -d 'Where every saved case stands: the most urgent first'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "followup" -d 'Write the second, firmer letter once the first letter\'s deadline has passed'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "escalate" -d 'Print the complaint to the body that `next` names: regulator, ombudsman, court, bank'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "remind" -d 'Write calendar reminders (.ics): the reply deadline, the follow-up, legal windows'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "email" -d 'Write an e-mail (.eml) to the company with the letter attached, to open as a draft'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "rehearse" -d 'Practise the call: the first line, your opening, then the specialist\'s questions'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "opener" -d 'Print what to say first to the support operator: two calm sentences'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "brief" -d 'Print the call sheet for the conversation with the specialist'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "message" -d 'Print a short written appeal for a chat, messenger or e-mail'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "letter" -d 'Write the formal letter, ready to sign and send'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "render" -d 'Render many cases at once, each into a folder of its own'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "demo" -d 'Render the built-in example case into a folder, one file per rendering'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "law" -d 'Show what a jurisdiction\'s law pack says, with its sources'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "example" -d 'Print a complete example case to start from'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "schema" -d 'Print the JSON Schema of the case file'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "config" -d 'Show where the config file is, or the settings in effect and where each comes from'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c complaint -n "__fish_complaint_using_subcommand help; and not __fish_seen_subcommand_from prepare list log validate check next status followup escalate remind email rehearse opener brief message letter render demo law example schema config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c complaint -n "__fish_complaint_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path (it need not exist)'
complete -c complaint -n "__fish_complaint_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the settings in effect, each with where it comes from'
