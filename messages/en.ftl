# The interface's words in English. Every id here is in every other language's file with
# the same arguments ($name); a test checks it. Plurals follow CLDR: one, other.

## Counts

days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
cases = { $n ->
    [one] { $n } case
   *[other] { $n } cases
}
findings = { $n ->
    [one] { $n } finding
   *[other] { $n } findings
}
calls = { $n ->
    [one] { $n } call
   *[other] { $n } calls
}
messages = { $n ->
    [one] { $n } message
   *[other] { $n } messages
}
letters = { $n ->
    [one] { $n } letter
   *[other] { $n } letters
}

## The walk of `prepare`

section-language = Language
q-language = Which language should the texts and the letter be in?
q-language-hint = The language the company works in. The questions that follow are asked in it.
section-company = The company
q-company-name = Which company is this about?
q-company-name-hint = Its name as on your contract, bill or receipt, e.g. MegaTel Ltd.
q-company-support_phone = Their support phone number (optional)
q-company-support_phone-hint = The number you will call, from their website or your bill. E.g. 0800 123 4567.
section-event = What happened
q-event-summary = What happened, in one sentence?
q-event-summary-hint = This is what you tell the first operator; the details come next. E.g. I was charged twice for the October subscription.
q-event-details = The details, for the specialist and the letter (optional)
q-event-details-hint = What, when, what you have tried already. E.g. Two identical charges of £49.99 on 3 October, same invoice number.
q-event-date = When did it happen? (optional)
q-event-date-hint = A date saves the operator a question. E.g. 3 October, 03/10/2026, yesterday.
q-event-amount = How much money is involved? (optional)
q-event-amount-hint = E.g. £49.99, 49.99 EUR or $20. A number without a currency is taken to be in { $currency }.
q-event-technical = Is it a technical problem with a device, an app or a website?
q-event-environment = Which device, system and version?
q-event-environment-hint = Support should match your setup. E.g. Android 15, MegaTel app 8.2.
section-goal = What you want
q-goal-kind = What do you want from them?
q-goal-kind-hint = Pick the closest; you say exactly what next.
goal-refund = a refund
goal-replacement = a replacement
goal-repair = a repair
goal-cancellation = to cancel a contract or an order
goal-compensation = compensation
goal-correction = a correction (a bill, a record, a mistake)
goal-other = something else
q-goal-summary = What exactly should they do?
q-goal-summary-hint = Something an operator can act on: what, how much, by when. E.g. Refund the duplicate charge to my card.
q-goal-amount = How much are you asking for?
q-goal-amount-hint = A refund or compensation with an amount is a clear request. E.g. £49.99.
section-consequence = If it is not resolved
q-consequence = What will you do if they do not resolve it?
q-consequence-hint = It need not be hostile: "I will move to another provider" counts.
consequence-regulator = complain to a regulator or ombudsman
consequence-switch_provider = move to another provider
consequence-chargeback = ask my bank for a chargeback
consequence-public_review = write a public review
consequence-court = go to court
consequence-other = something else
consequence-none = nothing decided yet
q-consequence-summary = Say it in a sentence
q-consequence-summary-hint = Calm and factual, as you would say it. E.g. I will complain to the communications ombudsman.
q-fallback = What else would you accept? (optional)
q-fallback-hint = A second option keeps the talk calm and moving. E.g. A £49.99 credit on my next bill.
section-identifiers = Your numbers: read them out when asked, not before
q-identifiers-order_number = Order number (optional)
q-identifiers-order_number-hint = From the confirmation e-mail or receipt. E.g. A-12345.
q-identifiers-contract_number = Contract or account number (optional)
q-identifiers-contract_number-hint = From your contract or bill. E.g. 77-001234.
q-identifiers-phone_number = Phone number on the account (optional)
q-identifiers-phone_number-hint = The number the service is registered to. E.g. +44 7700 900123.
q-identifiers-other = Any other reference? Its name (Enter when done)
q-identifiers-other-hint = E.g. Customer ID, ticket number, IMEI.
q-identifiers-other-value = { $label }:
q-identifiers-other-value-hint = As written on the document.
section-attachments = Evidence: photos, screenshots, documents
attachments-so-far = You have { $n } so far.
q-attachment = A file to attach (Enter when done)
q-attachment-hint = So the operator understands without asking. A path, e.g. ~/Downloads/bill.pdf.
attachment-missing = There is no file { $path } (looked in { $folder }).
q-attachment-missing = What now?
q-attachment-missing-hint = You can keep the path and add the file later.
attachment-again = type the path again
attachment-keep = keep it as written
q-attachment-path = The file's path (Enter to leave it out)
q-attachment-path-hint = Relative to this folder, or absolute.
q-attachment-description = What does it show?
q-attachment-description-hint = E.g. October bill showing both charges.
section-contacts = Earlier contacts
q-contacts-first = Have you contacted them about this before?
q-contacts-more = { $n ->
    [one] You have 1 earlier contact recorded. Add another?
   *[other] You have { $n } earlier contacts recorded. Add another?
}
q-contacts-another = Another earlier contact?
q-contact-date = When? (optional)
q-contact-date-hint = E.g. 5 October, 05/10/2026, yesterday.
q-contact-channel = How?
q-contact-channel-hint = The channel you used.
channel-phone = phone
channel-chat = chat
channel-email = e-mail
channel-messenger = messenger
channel-social = social media
channel-letter = letter
channel-visit = visit in person
channel-other = other
q-contact-reference = Reference or ticket number (optional)
q-contact-reference-hint = So the next person can find it. E.g. INC-99812.
q-contact-operator = Who did you speak to? (optional)
q-contact-operator-hint = A first name is enough. E.g. Sam.
q-contact-summary = What was said or promised? (optional)
q-contact-summary-hint = E.g. Promised a call back within 3 days; none came.
section-letter = For the letter: where to send it
q-letter-go-on = Go on with what a letter needs (addresses)?
walk-letter-later = That is all the call needs. What a letter needs you can also add later, with `complaint prepare --edit`.
q-company-department = The department to address (optional)
q-company-department-hint = E.g. Customer Complaints. Leave it empty to write to the company.
q-company-address = The company's postal address (optional)
q-company-address-hint = Where the letter is posted, from their website or contract. E.g. 1 Tower Street, London EC1A 1AA.
q-company-email = The company's e-mail for complaints (optional)
q-company-email-hint = E.g. complaints@megatel.example.
section-consumer = Your details: only the letter shows them
q-consumer-use-previous = Use these details of yours ({ $details })?
q-consumer-name = Your full name
q-consumer-name-hint = As it should appear under your signature.
q-consumer-address = Your postal address (optional)
q-consumer-address-hint = For a written reply. E.g. 12 High Street, Leeds LS1 4AB.
q-consumer-email = Your e-mail (optional)
q-consumer-email-hint = E.g. anna@example.org.
q-consumer-phone = Your phone (optional)
q-consumer-phone-hint = E.g. +44 7700 900123.
q-response_days = How many days should they have to answer the letter?
q-response_days-hint = Often set by law or the contract; 14 is common.
q-title = A short title for this case
q-title-hint = How it shows in `complaint list`.
walk-needed = This one is needed: please give an answer.
walk-advice = Advice: { $advice }
walk-another-way = Put it another way?
walk-not-email = "{ $answer }" does not look like an e-mail address: write it like name@example.org.
walk-not-days = "{ $answer }" is not a number of days: type a number from 1 to 365, e.g. 14.
walk-assumed-currency = Taken as { $amount }. If it is another currency, type it with its sign or code, e.g. 49.99 EUR.
walk-which-date = Which date do you mean?
walk-which-date-hint = Day and month can be read either way round.
walk-mixed-languages = The case is written in { $written }, the documents will be in { $lang }: the result will mix languages.
input-not-a-date = "{ $answer }" is not a date I can read: type it like 3 October, 03/10/2026 or 2026-10-03, or "yesterday".
input-no-such-day = "{ $answer }" is not a day of the calendar: check the day and the month.
input-date-in-future = "{ $answer }" is still to come: type the day it happened.
input-not-an-amount = "{ $answer }" is not an amount: type the number with its currency, e.g. £45, 49.99 EUR or $20.
input-unknown-currency = "{ $word }" is not a currency I know: use a sign (£, $, €) or a three-letter code such as GBP, EUR or USD.
input-too-many-decimals = { $currency } is written with { $decimals } decimals at most: type e.g. { $example }.
walk-stopped = Stopped. Your answers so far are kept: continue with `complaint prepare --resume`.
walk-resume-hint = your answers so far are kept: continue with `complaint prepare --resume`
walk-unfinished = You have an unfinished case ({ $company }). Go on with it?
walk-no-company-yet = no company yet
walk-saved = Saved as { $name } ({ $path })
walk-say-first = SAY FIRST
walk-next = Next:
walk-next-letter = the formal letter, ready to sign
walk-next-log = after each call or chat, so the record stays complete
yes = yes
no = no

## list, log

list-header-name = NAME
list-header-company = COMPANY
list-header-title = TITLE
list-header-changed = CHANGED
list-header-contacts = CONTACTS
list-not-valid = (not valid: run `complaint validate { $name }`)
list-empty = no saved cases yet in { $folder }; start one with `complaint prepare`
q-log-channel = How did you contact them?
q-log-channel-hint = The channel you used.
q-log-summary-hint = E.g. Promised a refund within 5 days.
log-added = added contact { $n } of { $count } to { $name }

## check and validate

kind-tone = tone
kind-vague = vague
finding = { $path }: { $kind }: { $problem }; try: { $suggestion }
advice = { $problem }; try: { $suggestion }
coach-shouting = "{ $phrase }" reads as shouting
coach-insult = "{ $phrase }" reads as an insult
coach-threat = "{ $phrase }" reads as a threat
coach-vague-goal = "{ $phrase }" does not say what you want them to do
coach-vague-goal-try = name the action and its object, e.g. { $example }
coach-vague-event = "{ $phrase }" does not say what happened
coach-vague-event-try = what happened, when, and how much: e.g. "I was charged twice for the October subscription"
coach-ultimatum = "{ $phrase }" reads as an ultimatum
coach-relative-date = "{ $phrase }" will be read days later
coach-no-date = no date for when it happened
coach-no-date-try = "date": "2026-10-03" in event (a date saves the operator a question)
coach-no-identifiers = no order, contract or phone number
coach-no-identifiers-try = "order_number": "A-12345" in identifiers, from your bill, receipt or contract (it is the operator's first question)
coach-no-evidence = no evidence listed
coach-no-evidence-try = {"{"}"path": "evidence/bill.pdf", "description": "October bill showing both charges"{"}"} in attachments: a bill, a screenshot, a photo
coach-no-amount-refund = a refund with no amount
coach-goal-kind = goal.kind is "{ $kind }" and the letter is titled so, but the goal asks for "{ $reads }"
coach-goal-kind-try = set goal.kind to "{ $reads }", or reword the goal
coach-no-amount-compensation = compensation with no amount
coach-no-amount-either = a refund or compensation with no amount
coach-no-amount-try-event = "amount": { $json } in goal, if the { $amount } of the event is what you ask for
coach-no-amount-try = "amount": {"{"}"value": "49.99", "currency": "GBP"{"}"} in goal, or say it, e.g. { $example }
check-summary-none = { $cases } checked: no findings
check-summary = { $cases } checked: { $findings } ({ $tone } tone, { $vague } vague)
summary-invalid = , { $n } invalid
summary-unreadable = , { $n } unreadable
validate-summary = { $cases } checked: { $valid } valid
coach-amount-above-event = you ask for { $goal }, more than three times the { $event } the problem was about
coach-amount-above-event-try = ask for what you lost; if you also claim costs or a penalty, name each with its sum, so the demand does not read as unfounded

## Status lines and errors

wrote-letter = wrote the letter to { $path }
error = error
warning = warning
hint = hint

## next

rung-first_line = first-line call
rung-second_line = second line
rung-message = written message
rung-letter = formal letter
rung-management = management
rung-regulator = regulator
rung-court = court
escalation-management = a letter to the management
escalation-regulator = a complaint to the regulator
escalation-court = court
escalation-chargeback = a chargeback through your bank
escalation-switch_provider = moving to another provider
escalation-public_review = a public review
tally-one = { $count }, on { $date }
tally-last = { $count }, the last on { $date }
next-where = Where you stand: { $stand }.
next-no-contact = no contact with { $company } recorded yet
next-rung = { $rung } ({ $tally })
next-step = Next step: { $step }.
next-call-first = Call { $company }. Give the first line your opener, two sentences, and ask to be put through to the specialist who handles this. Give your numbers when asked, not before.
next-call-first-phone = Call { $company } on { $phone }. Give the first line your opener, two sentences, and ask to be put through to the specialist who handles this. Give your numbers when asked, not before.
next-call-second = Call again, give your opener, and ask to be put through to the specialist who handles this; then talk from your call sheet. If your first call already reached a specialist and did not solve it, go on to the written message instead.
next-message = Calls have not solved it: put it in writing, in the company's chat, messenger or e-mail. The history stays, a new operator can read it instead of asking again, and you can attach your evidence.
next-letter = If your message has not been answered, or the answer does not solve it, send the formal letter. It gives the company { $days } to answer. { $pack ->
    [yes] Send it so that you can prove it arrived (how, under the case's law, is shown below), or hand it over and have your copy marked as received; keep a copy and the receipts.
   *[no] Send it so that you can prove it arrived (for example by registered post with proof of delivery), or hand it over and have your copy marked as received; keep a copy and the receipts.
}
next-letter-since = If your message of { $date } has not been answered, or the answer does not solve it, send the formal letter. It gives the company { $days } to answer. { $pack ->
    [yes] Send it so that you can prove it arrived (how, under the case's law, is shown below), or hand it over and have your copy marked as received; keep a copy and the receipts.
   *[no] Send it so that you can prove it arrived (for example by registered post with proof of delivery), or hand it over and have your copy marked as received; keep a copy and the receipts.
}
next-wait = wait for their answer
next-wait-until = They have until { $date } to answer your letter: { $days } left.
next-wait-answered = If they answer, record what they said:
next-wait-summary = What they answered
next-wait-then = If they have not answered by then, from { $date } the next step is { $escalation }.
next-today = wait until the end of the day
next-today-text = Today, { $date }, is the last day they have to answer your letter. If no answer has come by tomorrow, the next step is { $escalation }: run this command again then.
next-passed = The deadline for your letter, { $date }, passed { $days } ago.
next-said = Your case says: "{ $said }".
next-management = If they have not answered, or the answer does not solve it, send a second, firmer letter to the management: it refers to your first letter, says that the deadline passed and gives a short new one. Address it to the head of the company (put them in company.department), or take it to their office in person.
next-regulator = If they have not answered, or the answer does not solve it, complain to the regulator or ombudsman for this sector{ $pack ->
    [yes] {" "}(which one, under the case's law, is shown below),
   *[no] {","}
} with your letter, proof that it was received, and your evidence.
next-court = If they have not answered, or the answer does not solve it, take it to court (a small claim){ $jurisdiction ->
   *[other] {""}
}, or first have a lawyer write to the head of the company. Bring your letter, proof that you sent it, and your evidence.
next-chargeback = If they have not answered, or the answer does not solve it, ask your bank for a chargeback: tell them the company did not answer your complaint by the deadline, and give them your letter and proof of payment.
next-switch_provider = If they have not answered, or the answer does not solve it, move to another provider, as your letter said you would. Give notice in writing, and keep your letter as the record of why.
next-public_review = If they have not answered, or the answer does not solve it, write a calm public review: what happened, the dates, and that your letter went unanswered. Facts only, no insults.
next-date-letter = give your letter its date
next-date-letter-text = Your log has a letter without a date, so its deadline cannot be worked out. Record it again with the day you sent it:
next-record-call = Then record the call, so this command knows where you stand:
next-record = Then record it:
placeholder-date = YYYY-MM-DD
placeholder-tracking = NUMBER
placeholder-reference = REF
next-record-letter = Then record it on the day you send it, how you sent it, and keep the PDF you sent:
next-further = Further up the ladder, if needed: { $rungs }.
cmd-opener = what to say first
cmd-brief = your call sheet for the specialist
cmd-rehearse = practise the call before you make it
cmd-rehearse-first = practise the call first
cmd-message-instead = if you write instead
cmd-message = the message, ready to paste
cmd-letter = the letter, ready to sign
cmd-letter-management = the letter, with your first one in its list of contacts
cmd-bundle = your letter with the evidence, in one file
cmd-review = a short factual text to start from

error-read = cannot read { $path }: { $reason }
error-write = cannot write { $path }: { $reason }
error-exists = { $path } already exists; nothing was written: add --force to replace it
error-exists-more = { $more ->
    [one] { $path } already exists (and 1 more output); nothing was written: add --force to replace them
   *[other] { $path } already exists (and { $more } more outputs); nothing was written: add --force to replace them
}
error-config = the config file { $problem }
reason-not-found = there is no such file
reason-permission = permission denied
reason-directory = it is a folder, not a file
hint-invalid-file = fix the file as said above; `complaint example` prints a complete, valid case
hint-invalid-field = fix the field named above; `complaint example` prints a complete, valid case
hint-invalid-fields = fix the fields named above; `complaint example` prints a complete, valid case
hint-no-such-case = there is no file { $name }, nor a saved case of that name; `complaint list` shows your saved cases
hint-config = fix that line (the format is in the README), or move the file away; `complaint config path` says where it is
hint-template = check the template named above, or run without --templates to use the built-in ones
hint-messages = fix the line named above, or remove the file to use the built-in messages
error-terminal = the terminal stopped answering

## rehearse

rehearse-say-something = Say what happened and what you want, in a sentence or two.
rehearse-too-many-sentences = That is { $n } sentences: keep to { $max }, what happened and what you want. The details are for the specialist.
rehearse-too-long = That is { $n } characters: aim for about { $max }. The first line routes calls and has little time for each.
rehearse-volunteered = You gave { $given }: keep your details until the operator asks for them, step by step.
rehearse-name-goal = Say what you want them to do, e.g. "I would like you to { $goal }".
rehearse-ask-through = End by asking to be put through to the specialist who handles this.
rehearse-first-line = The first line
rehearse-operator-says = Operator: { $text }
rehearse-you = You
rehearse-you-hint = Your opening: what happened and what you want, in two sentences at most. Enter alone to hear your case's opener.
rehearse-case-opener = Your case's opener: { $text }
rehearse-good = Good: short and calm, with what happened and what you want, and no details given away.
rehearse-compare = Your case's opener, to compare: { $text }
rehearse-specialist = The specialist
rehearse-specialist-asks = The specialist asks:
rehearse-nothing = (nothing)
rehearse-you-said = you said:  { $text }
rehearse-your-case = your case: { $text }
rehearse-done = Done
rehearse-no-gaps = Your case answers every question. Say it calmly, as a plain fact.
rehearse-gaps = Before the call, find the answers to: { $questions }
rehearse-then-next = If the call does not solve it, ask where you can file a written complaint, then run `complaint next { $arg }`.
rehearse-operator = Operator
rehearse-specialist-label = Specialist
rehearse-title = REHEARSAL: { $company }
rehearse-out-loud = Say it out loud, ideally to someone playing the operator: people judge their own calls poorly, and a listener notices what you miss.
rehearse-first-line-heading = THE FIRST LINE
rehearse-before = Before you say it:
rehearse-practise = Practise it in your own words: at most { $sentences } sentences, about { $chars } characters; what happened and what you want; no numbers or personal details until asked; a calm tone. On a terminal, `complaint rehearse { $arg }` checks your wording as you go.
rehearse-specialist-heading = THE SPECIALIST
rehearse-find-heading = FIND BEFORE THE CALL
rehearse-unsolved-heading = IF THE CALL DOES NOT SOLVE IT
rehearse-unsolved = Ask where you can file a written complaint, then run: complaint next { $arg }
rehearse-given-order = your order number
rehearse-given-contract = your contract number
rehearse-given-phone = your phone number
rehearse-given-email = your e-mail
rehearse-given-other = your { $label }
rehearse-given-address = your address
and = { $init } and { $last }

batch-none = no case files found in { $places }
batch-none-recursive = { " " }(add --recursive for sub-folders)
batch-summary = rendered { $cases } into { $folder }, { $failed } failed
batch-not-started = , { $n } not started (--fail-fast)
batch-time = , in { $whole }.{ $hundredths } s

## Case files

load-too-large = the file is { $size } MB, over the limit of { $limit } MB for a case file
load-empty = the file is empty: a case is a JSON object; run `complaint example` to see one
load-not-utf8 = the file is not UTF-8 text (byte { $byte } here); save it as UTF-8 and try again
load-attachment-empty = an attachment needs a path or a description
load-contact-empty = an earlier contact needs at least a date, a channel, a reference or a summary
load-decimals = "{ $value }" has more decimals than { $currency } has ({ $decimals })
load-not-object = the file holds { $found }; a case is a JSON object {"{"} ... {"}"}: run `complaint example` to see one
json-array = an array
json-string = a string
json-bool = true or false
json-null = null
json-number = a number
json-text = text in quotes
json-object = an object {"{"} ... {"}"}
load-eof = the file ends too early: a closing `{"}"}`, `]` or `"` is missing
load-trailing-comma = JSON syntax error: a comma before `{"}"}` has nothing after it; remove it
load-syntax = JSON syntax error: { $detail }
load-missing = required field is missing
load-not-one-of = `{ $value }` is not one of: { $known }
load-did-you-mean = ; did you mean `{ $best }`?
load-expected = expected { $expected }, found { $found }
load-unknown-field-mean = unknown field `{ $field }`, did you mean `{ $best }`?
load-unknown-field-none = unknown field `{ $field }`: nothing goes here
load-unknown-field = unknown field `{ $field }`; the fields here are: { $known }
load-not-a-date = "{ $text }" is not a valid date (YYYY-MM-DD)
load-missing-version = required field is missing: add "schema_version": 1

## More errors and notes

prepare-nothing-to-resume = there is no interrupted walk to resume; start one with `complaint prepare`
prepare-edit-stdin = --edit needs a case file or the name of a saved case, not `-`
prepare-no-terminal = `complaint prepare` asks questions, so it needs a terminal. Without one, write a case file (`complaint example > case.json` gives one to edit) and use `complaint validate`, `complaint brief` and the other commands on it.
prepare-exists = { $path } already exists; to change it, run `complaint prepare --edit { $path }`
log-stdin = `complaint log` changes a case file, so it needs a file or a saved name, not `-`
log-nothing-given = say what the contact was: give at least one of --channel, --reference, --operator or --summary (on a terminal, `complaint log CASE` asks)
letter-pdf-terminal = a PDF cannot be shown in the terminal: add -o letter.pdf, or redirect the output to a file
template-unused = template { $name } replaces no built-in template (they are named like en/letter.txt)
enclosure-not-image = enclosure { $number } ({ $path }) is not a PNG or JPEG image nor a PDF: it is listed in the letter, not attached
enclosure-unreadable = enclosure { $number }: cannot attach { $path } ({ $reason }); the letter lists it but does not attach it
load-version = version { $version } is not supported: this version of complaint reads format { $supported }
load-version-text = write the version as a number, { $supported }, not as the text "{ $text }"
load-empty-text = must not be empty
load-amount = "{ $text }" is not an amount: { $hint }
load-amount-comma = use a dot as the decimal separator, like "1290.50"
load-amount-groups = write it without thousands separators, like "1290.50"
load-amount-sign = write the amount without a sign, like "49.99"
load-amount-digits = write a number with an optional dot, like "49.99"
load-amount-quotes = amounts are written in quotes, as text: "{ $n }", not { $n } (a JSON number can lose cents)
load-currency-unknown = "{ $text }" is not an ISO 4217 currency code: use one like "EUR", "GBP", "RUB" or "ILS"
load-currency-capitals = "{ $text }" should be in capitals: "{ $upper }"
load-currency-shape = "{ $text }" is not a currency code: use the three-letter ISO 4217 code, like "EUR", "GBP" or "RUB"
no-folder = there is no folder { $path }
no-data-folder = cannot find a folder for your data: set { $variable } to one
draft-unreadable = the draft { $path } cannot be read ({ $reason }); move it away to start afresh

## config show

config-no-folder = (no config folder on this system)
config-from-file = config file
config-not-set = (not set)
config-case-value-if-any = the case's own value, if any
config-case-value = the case's own value
config-built-in = built in
config-interface-fallback = COMPLAINT_UI_LANG, else the case's language, else the system locale
config-days-value = the law's, else 14
config-days-source = built in; 10 for ru
config-file = config file: { $path }
config-file-missing = config file: { $path } (not there yet)
config-precedence = A case's own values win over these; --lang and --paper win over both.

## demo

demo-case = the example case: edit a copy of it for your own
demo-pdf = the formal letter, ready to print and sign
demo-rendered = Rendered the built-in example into { $folder }
demo-opener = what to say first to the operator
demo-brief = your call sheet for the specialist
demo-message = a short appeal for chat or e-mail
demo-letter = the formal letter
demo-next =
    { "" }
    What you would say first:
    { $opener }

    Next: copy { $folder }/case.json, put in your own details, and run
      complaint brief my-case.json
check-legal-notes = { $n ->
    [one] ; 1 legal note
   *[other] ; { $n } legal notes
}
letter-sender = the letter does not make clear who sends it: { $missing ->
        [name] “{ $name }” is not a full name. A company may not answer a claim without the sender's details, and in court it is harder to show the claim was yours. Add your full name (consumer.name) before you sign.
        [address] it has no postal address of yours. A company may not answer a claim without the sender's details, and in court it is harder to show the claim was yours. Add your address (consumer.address) before you sign.
       *[both] “{ $name }” is not a full name, and it has no postal address of yours. A company may not answer a claim without the sender's details, and in court it is harder to show the claim was yours. Add your full name (consumer.name) and address (consumer.address) before you sign.
    }
letter-tone = your own words go into the letter as you wrote them, and { $n ->
        [one] one phrase reads
       *[other] { $n } phrases read
    } as shouting, an insult or a threat (the first: “{ $phrase }”). Signed and sent, an insult can be held against you: reword them before you sign (complaint check { $case } shows each).
law-risk-line = { $kind } ({ $place }): { $text }
# Why a letter will cite no law (check).
law-no-purchase = the letter will cite no article: the case does not say what was bought. Add "purchase" (goods or a service, the date, the price and any defect) so that the letter names the article and its term
kind-law = law
kind-tip = practical tip
pack-unused = { $name } replaces no built-in law pack (they are jurisdictions/ru.toml, il.toml, gb.toml, eu.toml and us.toml)
config-jurisdiction-value = by language
config-jurisdiction-source = built in: ru for ru, il for he, else none
law-note = the letter relies on the law of { $name } (complaint law { $code } shows what it says). { $text }
next-counted-received = That is { $days } from { $date }, the day they received it.
next-counted-registration = That is { $days } from the day the claim is registered, which must be no later than the working day after it was received ({ $date }).
next-counted-registration-later = The law counts the term from the claim's registration, no later than the working day after it is received.
next-counted-sent = That is { $days } from { $date }, the day you sent it; when you know the day they received it, record it (complaint log { $arg } --delivered YYYY-MM-DD) and the deadline counts from it.

## Law

section-law = The law the letter relies on
q-jurisdiction = Whose consumer law should the letter rely on?
q-jurisdiction-hint = Where you bought it or live. The letter then cites that law and its deadlines (`complaint law` shows them).
law-none = none: a letter that cites no law
section-purchase = What you bought: the law's rules depend on it
q-purchase-kind = Did you buy goods or a service?
q-purchase-kind-hint = Goods: a thing, like a phone. A service: work or access, like a repair or a mobile plan.
purchase-goods = goods
purchase-service = a service
purchase-neither = neither, or not sure
q-purchase-distance = Did you buy it at a distance (online, by phone, by post)?
q-purchase-telecom = Is it a telecom service (mobile, internet, landline, TV)?
q-purchase-date = When did you buy it? (optional)
q-purchase-date-hint = For goods, the day you received them: some rights end a set number of days after it.
q-purchase-price = What did you pay for it? (optional)
q-purchase-price-hint = The price, e.g. £249.99: penalties are counted from it.
q-purchase-refund_to = How should the money be paid back? (optional)
q-purchase-refund_to-hint = E.g. to the card I paid with, or your bank details.
walk-laws-term = the law's term
law-how-to-send = How to send it so that it counts ({ $name }): { $text }
law-where-to-turn = Where to turn under the law of { $name }:
law-office = The complaint goes to: { $office }
law-packs = The law packs (complaint law CODE shows one):
law-packs-none = no jurisdiction: the letter cites no law
law-no-pack = no law pack for `{ $arg }`: the packs are { $codes }
law-title = { $name } ({ $code })
law-demands = Demands the letter can make, and the law it cites:
law-cites = cites: { $text }
law-term = term: { $days } { $from }
law-term-days = term: { $days }
law-term-none = term: none set by law; the letter gives the case's days
law-must = the company must: { $text }
law-penalty = penalty: { $text }
law-rule-note = note: { $text }
law-source = source: { $source } (checked { $checked })
law-closes = The letter closes with:
law-bodies = Where an unanswered letter leads:
law-delivery = How to send the letter so that it counts:
law-risks = Risks to know about:
law-goal-refund = refund
law-goal-replacement = replacement
law-goal-repair = repair
law-goal-cancellation = cancellation
law-goal-compensation = compensation
law-goal-correction = correction
law-goal-other = other
law-when-goods = goods
law-when-service = a service
law-when-distance = bought at a distance
law-when-not-distance = not bought at a distance
law-when-telecom = a telecom service
law-when-not-telecom = not telecom
law-when-defect = with a defect
law-when-no-defect = without a defect
law-when-failed-repairs = after { $n } failed repairs
law-when-unfounded = money charged after the contract ended or twice
law-when-withdrawn = money charged after the consumer withdrew from the contract
law-when-twice = money charged twice
law-when-held = with the seller for repair more than { $days }
law-when-after = more than { $days } after the purchase or the delivery
law-fit-advice = no rule of this law fits the purchase as the case describes it, so the letter cites no article: say in purchase what was bought (kind, distance, telecom), its price, and, if it is faulty, the defect (purchase.defect)
law-days-longer = response_days: { $own } is longer than the { $law } the law gives the company for this demand; the law's term is what counts in court, so you give away { $extra }
law-days-shorter = response_days: { $own } is shorter than the { $law } the law gives the company for this demand; they may answer that they still have time, so give them { $law }
law-days-short = response_days: { $own } is shorter than a company can usually meet for a written answer; give at least { $least }
pack-invalid = not a valid law pack: { $message }
pack-untranslated = { $field } has no `{ $lang }` text: every text the interface shows needs one in each of its languages ({ $langs })
pack-field-nth = `{ $field }` of [[{ $table }]] number { $n }
log-kept = kept the letter as sent: { $file }, next to the case file
cmd-remind = the deadline in your calendar, with an alarm the day before
next-kept-letter = Your letter as you sent it is kept next to the case file: { $file }. Every step from here refers to it; do not make a new one.
cmd-escalate = the complaint to send them, with what to attach
cmd-followup = the second letter, ready to sign
next-counted-assumed = That is { $days } from { $date }: your letter went by post on { $sent }, and this assumes it takes { $post } to arrive until you record the day it was received (complaint log { $arg } --delivered YYYY-MM-DD).
next-counted-hand = That is { $days } from { $date }, the day you handed it over.
next-counted-email = That is { $days } from { $date }, the day you e-mailed it.
sent-registered = registered mail, with a notice of delivery
sent-hand = handed over, with a receiving mark on my copy
sent-recorded = recorded or signed-for delivery
sent-email = e-mail
sent-later = I will say later
q-sent-by = How did you send the letter?
q-sent-by-hint = A posted letter's deadline counts from the day it arrives.
q-tracking = Tracking number (optional)
q-tracking-hint = From the post office receipt, e.g. RA123456785RU.
walk-discard = Discard its answers and start a new case?

## Saved cases by name, output files, and a case's contacts
error-no-such-case = there is no file { $name }, nor a saved case of that name
hint-did-you-mean-case = did you mean `{ $suggestion }`? `complaint list` shows your saved cases
hint-list-cases = `complaint list` shows your saved cases
case-ambiguous = `{ $arg }` could be any of { $n } saved cases: { $names }; give more of the name
output-format-conflict = --format { $format } does not match { $path }, which names a { $implied } file: drop --format, or change the file name
log-no-contacts = { $name } has no contacts yet; add one with `complaint log { $name } --channel phone`
log-no-such-contact-empty = there is no contact { $number }: the case has no contacts yet
log-no-such-contact = { $count ->
    [one] there is no contact { $number }: the case has 1 contact
   *[other] there is no contact { $number }: the case has { $count } contacts, 1 to { $count }
}
log-contact-corrected = corrected contact { $number } of { $name }
log-contact-removed = removed contact { $number } from { $name }; { $left } left
log-nothing-to-correct = say what to correct: give --date, --channel, --reference, --operator or --summary with --correct (on a terminal, `complaint log CASE --correct N` asks)
log-header-number = #
log-header-date = DATE
log-header-channel = CHANNEL
log-header-reference = REFERENCE
log-header-operator = OPERATOR
log-header-summary = SUMMARY
validate-missing-attachment = attachments[{ $index }]: { $path } is not there; the letter lists it as enclosure { $number }

# After the letter: followup and escalate, log --delivered
after-no-letter = there is no dated letter in this case yet, so there is nothing to follow up: send the letter first and record it (complaint log { $arg } --channel letter --date YYYY-MM-DD)
after-waiting-letter = the deadline for your letter, { $deadline }, has not passed yet ({ $days } days left): this is for after it. `complaint next { $arg }` says what to do meanwhile; nothing was written
after-waiting-followup = the deadline for your follow-up letter, { $deadline }, has not passed yet ({ $days } days left): this is for after it. `complaint next { $arg }` says what to do meanwhile; nothing was written
after-delivery-assumed = the day your first letter was received is not recorded, so the letter does not name the day its deadline passed nor work out the penalty: record it first (complaint log { $arg } --delivered YYYY-MM-DD)
log-remind-again = the deadline now counts from that day: if you made calendar reminders for this case, make them again (complaint remind { $arg } -o reminders.ics), as the old ones have the old dates

## status, remind, email, log --delivered; what was written; why a file could not be used

status-header-case = CASE
status-header-company = COMPANY
status-header-stage = STAGE
status-header-last = LAST CONTACT
status-header-next = NEXT
status-header-deadline = DEADLINE
status-header-days = DAYS
status-stage-none = none
status-today = today
status-overdue = { $n } overdue
status-left = { $n } left
status-next-call = call
status-next-second_line = second line
status-next-message = message
status-next-letter = letter
status-next-wait = wait
status-next-deadline_today = deadline today
status-next-date_the_letter = date the letter
status-next-escalate = escalate: { $to }
status-summary-overdue = { $n } overdue: run complaint next on each
status-summary-soon = { $n } due within 3 days
status-empty = no saved cases yet; start one with `complaint prepare`
status-not-valid = { $name } is not a valid case: run `complaint validate { $name }`
remind-nothing = there is nothing to put in a calendar yet: no letter with a deadline and no legal window. Send the letter and record it (complaint log { $arg } --channel letter --date YYYY-MM-DD); nothing was written
extension-ics = { $path } should end in .ics, so that it opens as a calendar file; nothing was written
extension-eml = { $path } should end in .eml, so that it opens as an e-mail file; nothing was written
wrote-followup = wrote the follow-up letter to { $path }
wrote-reminders = wrote the reminders to { $path }
wrote-email = wrote the e-mail to { $path }
open-failed = cannot open { $path }: open it yourself
email-no-address = the company has no e-mail address, so there is no one to write to: add "email" under "company", or send the letter by post. Nothing was written
email-cannot-attach = cannot attach { $path } ({ $reason }): the e-mail goes without it
email-cannot-build = cannot build the e-mail: { $reason }
log-delivered-recorded = recorded that the letter of { $sent } (contact { $number }) was received on { $delivered }
log-delivered-no-letter = there is no dated letter in this case to record the delivery of: log the letter first (complaint log { $arg } --channel letter --date YYYY-MM-DD)
log-delivered-before-sent = --delivered { $delivered } is before the letter was sent, on { $sent }: a letter cannot arrive before it leaves. Nothing was changed; check both dates
log-not-pdf = { $path } is not a PDF: give the letter as you sent it, made with `complaint letter CASE --format pdf -o letter.pdf`. Nothing was changed
log-no-free-name = cannot find a free name for the kept letter in { $folder }: remove old copies
letter-sent-before = a letter was already sent and is kept as { $file }; this makes a new one dated { $today }. To write to them again about the first, use `complaint followup`
letter-sent-before-on = a letter was already sent on { $date } and is kept as { $file }; this makes a new one dated { $today }. To write to them again about the first, use `complaint followup`
batch-law-note = some letters cite a jurisdiction's law (complaint law CODE shows what it says): this is information about the law, not legal advice
load-delivered-before-sent = the letter cannot have been received on { $delivered }, before it was sent on { $sent }: check both dates
load-defect-date-alone = the date a defect was found needs the defect: add "defect": what is wrong
load-defect-before-purchase = the defect was found on { $day }, before the purchase on { $bought }: check both dates
load-cancelled-before-purchase = the withdrawal from the contract is dated { $day }, before the purchase on { $bought }: check both dates
store-too-big = this change would make the file { $size } MB, over the limit of { $limit } MB for a case file; nothing was changed
attach-outside = it is outside the case file's folder
attach-not-a-file = it is not a regular file
attach-too-big = it is over { $limit } MB
attach-not-an-image = it is not an image that can be read
attach-too-many-pixels = { $width } × { $height } pixels is over the limit of { $limit } million
attach-budget = the images before it use up what one document may hold
reason-not-a-folder = part of the path is a file, not a folder
reason-exists = it exists already
reason-read-only = the disk is read-only
reason-disk-full = there is no space left on the disk
reason-quota = your disk quota is used up
reason-too-large = the file is too large
reason-not-text = it is not text in UTF-8
reason-busy = the file is in use by another program
reason-name = the name is not valid here
reason-output-link = it is a symbolic link; name the file itself, as complaint writes only regular files
reason-output-folder = it is a folder, and complaint writes only regular files
reason-output-special = it is a device or other special file, and complaint writes only regular files
reason-output-folder-not-folder = it is a symbolic link or a file, not a folder; complaint writes a case's outputs only into a folder of its own
reason-foreign-file = complaint did not write it and cannot carry it over; move it out of the folder
reason-replaced = the file was replaced meanwhile
json-syntax-value = a value is expected here: text in quotes, a number, true, false, null, an object or an array
json-syntax-comma-object = a comma or a closing `{"}"}` is expected here
json-syntax-comma-array = a comma or a closing `]` is expected here
json-syntax-colon = a colon `:` is expected after the name of a field
json-syntax-key = a field name in double quotes is expected here
json-syntax-trailing-comma = a comma before a closing bracket has nothing after it; remove it
json-syntax-trailing = there is more text after the end of the case; remove it
json-syntax-escape = a backslash `\` starts something that is not a valid escape; write `\\` for a backslash
json-syntax-number = this number is not written the JSON way
json-syntax-control = text in quotes cannot hold a line break or a tab as it is: write `\n` or `\t`
json-schema-version = the number { $n }
json-amount = a decimal amount in quotes, like "49.99"
tracking-spaces = "{ $text }" has spaces: write the tracking number without them, as "{ $hint }"
tracking-small-letters = "{ $text }" has small letters: write the tracking number in capitals, as "{ $hint }"
tracking-invalid = "{ $text }" is not a tracking number: give the letters and digits from the receipt, like "RA123456785RU"
load-list-too-long = { $n } entries is over the limit of { $max } for this list
load-field-too-long = { $n } characters is over the limit of { $max } for one field
config-unreadable = cannot be read: { $reason }
template-unreadable = cannot read templates from { $path }: { $reason }
template-error = template error
