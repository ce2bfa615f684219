# Слова интерфейса по-русски. Каждый идентификатор есть и в английском файле, с теми же
# аргументами ($name); это проверяет тест. Множественное число по CLDR: one, few, many.

## Числа

days = { $n ->
    [one] { $n } день
    [few] { $n } дня
   *[many] { $n } дней
}
cases = { $n ->
    [one] { $n } дело
    [few] { $n } дела
   *[many] { $n } дел
}
findings = { $n ->
    [one] { $n } замечание
    [few] { $n } замечания
   *[many] { $n } замечаний
}
calls = { $n ->
    [one] { $n } звонок
    [few] { $n } звонка
   *[many] { $n } звонков
}
messages = { $n ->
    [one] { $n } сообщение
    [few] { $n } сообщения
   *[many] { $n } сообщений
}
letters = { $n ->
    [one] { $n } письмо
    [few] { $n } письма
   *[many] { $n } писем
}

## Вопросы `prepare`

section-language = Язык
q-language = На каком языке подготовить тексты и письмо?
q-language-hint = На языке, на котором работает компания. Дальше вопросы будут на нём же.
section-company = Компания
q-company-name = О какой компании речь?
q-company-name-hint = Название, как в договоре, счёте или чеке, например ООО «Мегател».
q-company-support_phone = Телефон их поддержки (необязательно)
q-company-support_phone-hint = Номер, по которому вы будете звонить: с их сайта или из счёта. Например, 8 800 123-45-67.
section-event = Что случилось
q-event-summary = Что случилось, одной фразой?
q-event-summary-hint = Это вы скажете первому оператору, подробности дальше. Например: С меня дважды списали оплату за октябрь.
q-event-details = Подробности для специалиста и для письма (необязательно)
q-event-details-hint = Что, когда, что вы уже пробовали. Например: 3 октября два одинаковых списания по 1290 ₽ по одному счёту.
q-event-date = Когда это случилось? (необязательно)
q-event-date-hint = С датой оператору не придётся переспрашивать. Например: 03.10.2026, 3 октября, вчера.
q-event-amount = О какой сумме речь? (необязательно)
q-event-amount-hint = Например: 1290 ₽, 41 500 руб. или 49,99 EUR. Число без знака валюты считается суммой в { $currency }.
q-event-technical = Это техническая проблема с устройством, приложением или сайтом?
q-event-environment = Какое устройство, система и версия?
q-event-environment-hint = Поддержке нужно знать, что у вас. Например: Android 15, приложение «Мегател» 8.2.
section-goal = Чего вы хотите
q-goal-kind = Чего вы от них хотите?
q-goal-kind-hint = Выберите ближайшее; что именно — скажете следующим ответом.
goal-refund = вернуть деньги
goal-replacement = заменить товар
goal-repair = бесплатно устранить недостаток (ремонт)
goal-cancellation = расторгнуть договор или отменить заказ
goal-compensation = выплатить компенсацию
goal-correction = исправить ошибку (в счёте, в данных)
goal-other = другое
q-goal-summary = Что именно они должны сделать?
q-goal-summary-hint = То, что оператор может выполнить: что, сколько, к какому сроку. Например: Вернуть двойное списание на мою карту.
q-goal-amount = Какую сумму вы требуете?
q-goal-amount-hint = Возврат или компенсация с суммой — понятное требование. Например: 1290 ₽.
section-consequence = Если не решат
q-consequence = Что вы сделаете, если вопрос не решат?
q-consequence-hint = Это не обязательно угроза: «перейду к другому оператору» — тоже ответ.
consequence-regulator = пожалуюсь в Роспотребнадзор или другой надзорный орган
consequence-switch_provider = уйду к другому поставщику
consequence-chargeback = попрошу банк оспорить платёж (чарджбэк)
consequence-public_review = напишу публичный отзыв
consequence-court = обращусь в суд
consequence-other = другое
consequence-none = пока не знаю
q-consequence-summary = Скажите это одной фразой
q-consequence-summary-hint = Спокойно и по существу, как вы бы это сказали. Например: Я обращусь в Роспотребнадзор.
q-fallback = Какой другой вариант вас устроит? (необязательно)
q-fallback-hint = Запасной вариант помогает разговору идти спокойно. Например: Зачесть 1290 ₽ в следующий счёт.
section-identifiers = Ваши номера: называйте их, когда спросят, не раньше
q-identifiers-order_number = Номер заказа (необязательно)
q-identifiers-order_number-hint = Из письма с подтверждением или из чека. Например: A-12345.
q-identifiers-contract_number = Номер договора или лицевого счёта (необязательно)
q-identifiers-contract_number-hint = Из договора или счёта. Например: 77-001234.
q-identifiers-phone_number = Номер телефона, на который оформлена услуга (необязательно)
q-identifiers-phone_number-hint = Например: +7 916 123-45-67.
q-identifiers-other = Есть ещё какой-то номер? Напишите, как он называется (Enter — пропустить)
q-identifiers-other-hint = Например: номер клиента, номер обращения, IMEI.
q-identifiers-other-value = { $label }:
q-identifiers-other-value-hint = Как написано в документе.
section-attachments = Доказательства: фото, скриншоты, документы
attachments-so-far = Уже добавлено: { $n }.
q-attachment = Файл, который приложить (Enter — дальше)
q-attachment-hint = Они подтверждают ваши слова и будут перечислены в письме как приложения. Путь к файлу, например ~/Загрузки/счёт.pdf.
attachment-missing = Файла { $path } нет (искали в папке { $folder }).
q-attachment-missing = Что дальше?
q-attachment-missing-hint = Можно оставить путь и положить файл позже.
attachment-again = ввести путь заново
attachment-keep = оставить как есть
q-attachment-path = Путь к файлу (Enter — не прикладывать)
q-attachment-path-hint = Относительно этой папки или полный.
q-attachment-description = Что на нём видно?
q-attachment-description-hint = Например: счёт за октябрь с обоими списаниями.
section-contacts = Прежние обращения
q-contacts-first = Вы уже обращались к ним по этому поводу?
q-contacts-more = { $n ->
    [one] Записано { $n } прежнее обращение. Добавить ещё?
    [few] Записано { $n } прежних обращения. Добавить ещё?
   *[many] Записано { $n } прежних обращений. Добавить ещё?
}
q-contacts-another = Было ещё обращение?
q-contact-date = Когда? (необязательно)
q-contact-date-hint = Например: 05.10.2026, 5 октября, вчера.
q-contact-channel = Как?
q-contact-channel-hint = Каким способом вы обращались.
channel-phone = по телефону
channel-chat = в чате
channel-email = по электронной почте
channel-messenger = в мессенджере
channel-social = в соцсетях
channel-letter = письмом
channel-visit = лично, в офисе
channel-other = другое
q-contact-reference = Номер обращения (необязательно)
q-contact-reference-hint = Чтобы следующий сотрудник его нашёл. Например: INC-99812.
q-contact-operator = С кем вы говорили? (необязательно)
q-contact-operator-hint = Достаточно имени. Например: Ольга.
q-contact-summary = Что вам сказали или пообещали? (необязательно)
q-contact-summary-hint = Например: Обещали перезвонить через 3 дня, не перезвонили.
section-letter = Для письма: куда его отправить
q-letter-go-on = Заполнить то, что нужно для письма (адреса)?
walk-letter-later = Для звонка всё готово. То, что нужно для письма, можно заполнить и позже, командой `complaint prepare --edit`.
q-company-department = Кому адресовать (необязательно)
q-company-department-hint = Например: Генеральному директору. Если оставить пустым, письмо будет адресовано компании.
q-company-address = Почтовый адрес компании (необязательно)
q-company-address-hint = Лучше юридический адрес из ЕГРЮЛ (egrul.nalog.ru) или адрес для претензий из договора. Например: 125009, г. Москва, ул. Тверская, д. 1.
q-company-email = Электронная почта компании для претензий (необязательно)
q-company-email-hint = Например: claims@megatel.example.
section-consumer = Ваши данные: они будут только в письме
q-consumer-use-previous = Взять ваши данные из прошлого раза ({ $details })?
q-consumer-name = Ваши фамилия, имя и отчество
q-consumer-name-hint = Так, как они будут стоять под подписью.
q-consumer-address = Ваш почтовый адрес (необязательно)
q-consumer-address-hint = Для письменного ответа. Например: 420015, г. Казань, ул. Баумана, д. 12, кв. 4.
q-consumer-email = Ваша электронная почта (необязательно)
q-consumer-email-hint = Например: anna@example.org.
q-consumer-phone = Ваш телефон (необязательно)
q-consumer-phone-hint = Например: +7 916 123-45-67.
q-response_days = Сколько дней дать им на ответ на письмо?
q-response_days-hint = По закону: возврат денег — 10 дней, замена товара — 7 дней со дня получения претензии; оператор связи — 30 дней со дня регистрации.
q-title = Короткое название дела
q-title-hint = Так оно будет видно в `complaint list`.
walk-needed = Без этого ответа не обойтись: пожалуйста, ответьте.
walk-advice = Совет: { $advice }
walk-another-way = Сказать иначе?
walk-not-email = «{ $answer }» не похоже на адрес электронной почты: напишите его в виде name@example.org.
walk-not-days = «{ $answer }» — не число дней: введите число от 1 до 365, например 10.
walk-assumed-currency = Записано: { $amount }; если валюта другая, укажите её знаком или кодом, например 49,99 EUR.
walk-which-date = Какую дату вы имеете в виду?
walk-which-date-hint = День и месяц можно прочитать и так, и так.
walk-mixed-languages = Дело написано на языке «{ $written }», а документы будут на языке «{ $lang }»: в них смешаются языки.
input-not-a-date = «{ $answer }» не получается прочитать как дату: введите, например, 05.10.2026, 5 октября или «вчера».
input-no-such-day = «{ $answer }» — такого дня в календаре нет: проверьте день и месяц.
input-date-in-future = «{ $answer }» ещё не наступило: введите день, когда это случилось.
input-not-an-amount = «{ $answer }» — не сумма: введите число и валюту, например 1290 ₽, 41 500 руб. или 49,99 EUR.
input-unknown-currency = «{ $word }» — незнакомая валюта: укажите знак (₽, $, €) или трёхбуквенный код, например RUB, USD, EUR.
input-too-many-decimals = { $currency } пишется не более чем с { $decimals } знаками после запятой: например, { $example }.
walk-stopped = Остановлено. Ваши ответы сохранены: продолжить можно командой `complaint prepare --resume`.
walk-resume-hint = ваши ответы сохранены: продолжить можно командой `complaint prepare --resume`
walk-unfinished = У вас есть незаконченное дело ({ $company }). Продолжить его?
walk-no-company-yet = компания ещё не указана
walk-saved = Сохранено как { $name } ({ $path })
walk-say-first = СКАЖИТЕ СНАЧАЛА
walk-next = Дальше:
walk-next-letter = претензия, готовая к подписи
walk-next-log = после каждого звонка или чата, чтобы история была полной
yes = да
no = нет

## list, log

list-header-name = ДЕЛО
list-header-company = КОМПАНИЯ
list-header-title = НАЗВАНИЕ
list-header-changed = ИЗМЕНЕНО
list-header-contacts = ОБРАЩЕНИЯ
list-not-valid = (с ошибками: запустите `complaint validate { $name }`)
list-empty = сохранённых дел пока нет (папка { $folder }); начните с `complaint prepare`
q-log-channel = Как вы к ним обращались?
q-log-channel-hint = Каким способом.
q-log-summary-hint = Например: Обещали вернуть деньги в течение 5 дней.
log-added = обращение { $n } из { $count } добавлено в дело { $name }

## check и validate

kind-tone = тон
kind-vague = неясно
finding = { $path }: { $kind }: { $problem }; лучше: { $suggestion }
advice = { $problem }; лучше: { $suggestion }
coach-shouting = «{ $phrase }» читается как крик
coach-insult = «{ $phrase }» читается как оскорбление
coach-threat = «{ $phrase }» читается как угроза
coach-vague-goal = «{ $phrase }» не говорит, что именно они должны сделать
coach-vague-goal-try = назовите действие и его предмет, например { $example }
coach-vague-event = «{ $phrase }» не говорит, что случилось
coach-vague-event-try = что случилось, когда и на какую сумму, например «С меня дважды списали оплату за октябрь»
coach-ultimatum = «{ $phrase }» читается как ультиматум
coach-relative-date = «{ $phrase }» прочтут через несколько дней, когда это слово уже не будет верным
coach-no-date = не указано, когда это случилось
coach-no-date-try = "date": "2026-10-03" в event (с датой оператору не придётся переспрашивать)
coach-no-identifiers = нет номера заказа, договора или телефона
coach-no-identifiers-try = "order_number": "A-12345" в identifiers, из счёта, чека или договора (это первый вопрос оператора)
coach-no-evidence = не указано ни одного доказательства
coach-no-evidence-try = {"{"}"path": "evidence/schet.pdf", "description": "Счёт за октябрь с обоими списаниями"{"}"} в attachments: счёт, скриншот, фото
coach-no-amount-refund = возврат без суммы
coach-goal-kind = в goal.kind указано «{ $kind }», и письмо так озаглавлено, но цель просит другого: «{ $reads }»
coach-goal-kind-try = укажите в goal.kind «{ $reads }» или перепишите цель
coach-no-amount-compensation = компенсация без суммы
coach-no-amount-either = возврат или компенсация без суммы
coach-no-amount-try-event = "amount": { $json } в goal, если вы требуете именно { $amount } из event
coach-no-amount-try = "amount": {"{"}"value": "1290", "currency": "RUB"{"}"} в goal или словами, например { $example }
check-summary-none = Проверено: { $cases }; замечаний к тексту нет
check-summary = Проверено: { $cases }, { $findings } (тон: { $tone }, неясно: { $vague })
summary-invalid = ; с ошибками: { $n }
summary-unreadable = ; не удалось прочитать: { $n }
validate-summary = Проверено: { $cases }; без ошибок: { $valid }
coach-amount-above-event = вы требуете { $goal } — более чем в три раза больше суммы, о которой идёт речь ({ $event })
coach-amount-above-event-try = требуйте то, что вы потеряли; если добавляете расходы или неустойку, назовите каждую сумму отдельно, иначе требование покажется необоснованным

## Строки состояния и ошибки

wrote-letter = претензия сохранена в файле { $path }
error = ошибка
warning = внимание
hint = подсказка

## next

rung-first_line = звонок на первую линию
rung-second_line = вторая линия
rung-message = письменное обращение
rung-letter = официальная претензия
rung-management = руководство компании
rung-regulator = надзорный орган
rung-court = суд
escalation-management = письмо руководству компании
escalation-regulator = жалоба в надзорный орган
escalation-court = суд
escalation-chargeback = оспаривание платежа через банк
escalation-switch_provider = переход к другому поставщику
escalation-public_review = публичный отзыв
tally-one = { $count }, { $date }
tally-last = { $count }, последний раз — { $date }
next-where = Где вы сейчас: { $stand }.
next-no-contact = обращений в { $company } пока не записано
next-rung = { $rung } ({ $tally })
next-step = Следующий шаг: { $step }.
next-call-first = Позвоните в { $company }. Скажите оператору первой линии две фразы из вступления и попросите соединить со специалистом, который решает такие вопросы. Номера называйте, когда спросят, не раньше.
next-call-first-phone = Позвоните в { $company } по номеру { $phone }. Скажите оператору первой линии две фразы из вступления и попросите соединить со специалистом, который решает такие вопросы. Номера называйте, когда спросят, не раньше.
next-call-second = Позвоните ещё раз, скажите вступление и попросите соединить со специалистом, который решает такие вопросы; дальше говорите по своей памятке. Если в первый раз вы уже говорили со специалистом и это не помогло, переходите к письменному обращению.
next-message = Звонки не помогли: изложите всё письменно — в чате компании, мессенджере или по электронной почте. Переписка сохраняется, новый сотрудник прочитает её и не будет переспрашивать, а доказательства можно приложить.
next-letter = Если на ваше сообщение не ответили или ответ не решает вопрос, отправьте официальную претензию. На ответ у компании будет { $days }. { $pack ->
    [yes] Отправьте её так, чтобы получение можно было доказать (как именно — см. ниже), или вручите лично под отметку о приёме на вашем экземпляре; сохраните копию и квитанции.
   *[no] Отправьте её так, чтобы получение можно было доказать (например, почтой с уведомлением о вручении), или вручите лично под отметку о приёме на вашем экземпляре; сохраните копию и квитанции.
}
next-letter-since = Если на ваше сообщение от { $date } не ответили или ответ не решает вопрос, отправьте официальную претензию. На ответ у компании будет { $days }. { $pack ->
    [yes] Отправьте её так, чтобы получение можно было доказать (как именно — см. ниже), или вручите лично под отметку о приёме на вашем экземпляре; сохраните копию и квитанции.
   *[no] Отправьте её так, чтобы получение можно было доказать (например, почтой с уведомлением о вручении), или вручите лично под отметку о приёме на вашем экземпляре; сохраните копию и квитанции.
}
next-wait = дождаться ответа
next-wait-until = Ответить на претензию они должны не позднее { $date }; до конца срока — { $days }.
next-wait-answered = Если ответят, запишите, что они ответили:
next-wait-summary = Что они ответили
next-wait-then = Если к этому сроку ответа не будет, то с { $date } следующий шаг — { $escalation }.
next-today = дождаться конца дня
next-today-text = Сегодня, { $date }, — последний день, чтобы ответить на вашу претензию. Если до завтра ответа не будет, следующий шаг — { $escalation }: тогда запустите эту команду ещё раз.
next-passed = Срок ответа на претензию истёк { $date } ({ $days } назад).
next-said = В вашем деле сказано: «{ $said }».
next-management = Если ответа нет или он не решает вопрос, отправьте руководству второе, более жёсткое письмо: в нём есть ссылка на первую претензию, сказано, что срок истёк, и дан новый короткий срок. Адресуйте его генеральному директору (укажите его в company.department) или отнесите в офис лично.
next-regulator = Если ответа нет или он не решает вопрос, подайте жалобу { $pack ->
    [yes] в орган, указанный ниже,
   *[no] в надзорный орган или к омбудсмену этой отрасли
} и приложите претензию, доказательство её получения и другие доказательства.
next-court = Если ответа нет или он не решает вопрос, обратитесь в суд{ $jurisdiction ->
    [ru] {" "}(по искам о защите прав потребителей ценой до 1 млн ₽ госпошлина не платится; иск можно подать по месту своего жительства)
   *[other] {""}
} или сначала попросите юриста написать руководству компании. Возьмите претензию, подтверждение отправки и доказательства.
next-chargeback = Если ответа нет или он не решает вопрос, попросите свой банк оспорить платёж: скажите, что компания не ответила на претензию в срок, и передайте банку претензию и подтверждение оплаты.
next-switch_provider = Если ответа нет или он не решает вопрос, перейдите к другому поставщику, как и написали в претензии. Откажитесь от услуг письменно и сохраните претензию как объяснение причины.
next-public_review = Если ответа нет или он не решает вопрос, напишите спокойный публичный отзыв: что случилось, даты и то, что на претензию не ответили. Только факты, без оскорблений.
next-date-letter = указать дату претензии
next-date-letter-text = В истории есть письмо без даты, поэтому срок ответа не посчитать. Запишите его ещё раз с датой отправки:
next-record-call = Потом запишите звонок, чтобы эта команда знала, где вы сейчас:
next-record = Потом запишите обращение:
placeholder-date = ГГГГ-ММ-ДД
placeholder-tracking = НОМЕР_ОТПРАВЛЕНИЯ
placeholder-reference = НОМЕР_ОБРАЩЕНИЯ
next-record-letter = В день отправки запишите, когда и как вы отправили претензию, и сохраните отправленный PDF:
next-further = Если понадобится, дальше: { $rungs }.
cmd-opener = что сказать в начале
cmd-brief = памятка для разговора со специалистом
cmd-rehearse = отрепетировать звонок заранее
cmd-rehearse-first = сначала отрепетировать звонок
cmd-message-instead = если решите написать
cmd-message = сообщение, готовое к отправке
cmd-letter = претензия, готовая к подписи
cmd-letter-management = претензия, где первое письмо будет в списке обращений
cmd-bundle = претензия с доказательствами, одним файлом
cmd-review = короткий текст по фактам, с которого можно начать

error-read = не удаётся прочитать { $path }: { $reason }
error-write = не удаётся записать { $path }: { $reason }
error-exists = файл { $path } уже существует, ничего не записано. Чтобы заменить его, добавьте --force
error-exists-more = { $more ->
    [one] { $path } уже существует (и ещё { $more } файл); ничего не записано: чтобы заменить их, добавьте --force
    [few] { $path } уже существует (и ещё { $more } файла); ничего не записано: чтобы заменить их, добавьте --force
   *[many] { $path } уже существует (и ещё { $more } файлов); ничего не записано: чтобы заменить их, добавьте --force
}
error-config = файл настроек { $problem }
reason-not-found = такого файла нет
reason-permission = нет прав доступа
reason-directory = это папка, а не файл
hint-invalid-file = исправьте файл, как сказано выше; `complaint example` выводит полный правильный пример
hint-invalid-field = исправьте указанное выше поле; `complaint example` выводит полный правильный пример
hint-invalid-fields = исправьте указанные выше поля; `complaint example` выводит полный правильный пример
hint-no-such-case = нет ни файла { $name }, ни сохранённого дела с таким именем; ваши дела показывает `complaint list`
hint-config = исправьте эту строку (формат описан в README) или уберите файл; где он лежит, скажет `complaint config path`
hint-template = проверьте указанный выше шаблон или запустите без --templates, со встроенными шаблонами
hint-messages = исправьте указанную строку или удалите файл, чтобы вернуть встроенные сообщения
error-terminal = терминал перестал отвечать

## rehearse

rehearse-say-something = Скажите, что случилось и чего вы хотите, одной-двумя фразами.
rehearse-too-many-sentences = Здесь { $n ->
    [one] { $n } фраза
    [few] { $n } фразы
   *[many] { $n } фраз
}: оставьте не больше { $max } — что случилось и чего вы хотите. Подробности — для специалиста.
rehearse-too-long = Здесь { $n ->
    [one] { $n } знак
    [few] { $n } знака
   *[many] { $n } знаков
}: постарайтесь уложиться примерно в { $max } знаков. Первая линия распределяет звонки, и на каждый у неё мало времени.
rehearse-volunteered = Вы назвали { $given }: не называйте свои данные, пока оператор не спросит, и тогда — по одному.
rehearse-name-goal = Скажите, что они должны сделать, например: «Прошу { $goal }».
rehearse-ask-through = В конце попросите соединить со специалистом, который решает такие вопросы.
rehearse-first-line = Первая линия
rehearse-operator-says = Оператор: { $text }
rehearse-you = Вы
rehearse-you-hint = Ваше вступление: что случилось и чего вы хотите, не больше двух фраз. Просто Enter — услышать вступление из вашего дела.
rehearse-case-opener = Вступление из вашего дела: { $text }
rehearse-good = Хорошо: коротко и спокойно, сказано, что случилось и чего вы хотите, лишних данных нет.
rehearse-compare = Вступление из вашего дела, для сравнения: { $text }
rehearse-specialist = Специалист
rehearse-specialist-asks = Специалист спрашивает:
rehearse-nothing = (ничего)
rehearse-you-said = вы сказали: { $text }
rehearse-your-case = в деле:      { $text }
rehearse-done = Готово
rehearse-no-gaps = В вашем деле есть ответ на каждый вопрос. Говорите спокойно, как о простом факте.
rehearse-gaps = До звонка найдите ответы на вопросы: { $questions }
rehearse-then-next = Если звонок не поможет, спросите, куда подать письменную претензию, и запустите `complaint next { $arg }`.
rehearse-operator = Оператор
rehearse-specialist-label = Специалист
rehearse-title = РЕПЕТИЦИЯ: { $company }
rehearse-out-loud = Проговорите это вслух, лучше перед кем-то, кто сыграет оператора: свой разговор трудно оценить самому, а слушатель заметит то, что вы упустите.
rehearse-first-line-heading = ПЕРВАЯ ЛИНИЯ
rehearse-before = Прежде чем сказать:
rehearse-practise = Потренируйтесь сказать это своими словами: не больше { $sentences } фраз, около { $chars } знаков; что случилось и чего вы хотите; никаких номеров и личных данных, пока не спросят; спокойный тон. В терминале `complaint rehearse { $arg }` проверит ваши слова по ходу.
rehearse-specialist-heading = СПЕЦИАЛИСТ
rehearse-find-heading = НАЙДИТЕ ДО ЗВОНКА
rehearse-unsolved-heading = ЕСЛИ ЗВОНОК НЕ ПОМОЖЕТ
rehearse-unsolved = Спросите, куда подать письменную претензию, и запустите: complaint next { $arg }
rehearse-given-order = номер заказа
rehearse-given-contract = номер договора
rehearse-given-phone = номер телефона
rehearse-given-email = электронную почту
rehearse-given-other = { $label }
rehearse-given-address = адрес
and = { $init } и { $last }

batch-none = в { $places } нет файлов дел
batch-none-recursive = { " " }(чтобы взять и вложенные папки, добавьте --recursive)
batch-summary = готово: { $cases } в папке { $folder }; с ошибками: { $failed }
batch-not-started = , не начато: { $n } (--fail-fast)
batch-time = ; за { $whole },{ $hundredths } с

## Файлы дел

load-too-large = файл весит { $size } МБ, а для файла дела предел { $limit } МБ
load-empty = файл пустой: дело — это объект JSON; пример выводит `complaint example`
load-not-utf8 = файл не в кодировке UTF-8 (здесь байт { $byte }); сохраните его в UTF-8 и попробуйте снова
load-attachment-empty = у приложения должен быть путь или описание
load-contact-empty = у прежнего обращения должны быть хотя бы дата, способ, номер или суть
load-decimals = в «{ $value }» больше знаков после запятой, чем бывает у { $currency } ({ $decimals })
load-not-object = в файле { $found }, а дело — это объект JSON {"{"} ... {"}"}: пример выводит `complaint example`
json-array = массив
json-string = строка
json-bool = true или false
json-null = null
json-number = число
json-text = текст в кавычках
json-object = объект {"{"} ... {"}"}
load-eof = файл обрывается: не хватает закрывающей `{"}"}`, `]` или `"`
load-trailing-comma = ошибка в синтаксисе JSON: лишняя запятая перед `{"}"}` — уберите эту запятую
load-syntax = ошибка в синтаксисе JSON: { $detail }
load-missing = не хватает обязательного поля
load-not-one-of = `{ $value }` — не из списка: { $known }
load-did-you-mean = ; может быть, `{ $best }`?
load-expected = ожидается { $expected }, а здесь { $found }
load-unknown-field-mean = неизвестное поле `{ $field }`; может быть, `{ $best }`?
load-unknown-field-none = неизвестное поле `{ $field }`: здесь полей не бывает
load-unknown-field = неизвестное поле `{ $field }`; здесь бывают поля: { $known }
load-not-a-date = «{ $text }» — неверная дата (нужно ГГГГ-ММ-ДД, например 2026-10-05)
load-missing-version = не хватает обязательного поля: добавьте "schema_version": 1

## Другие ошибки и заметки

prepare-nothing-to-resume = прерванных вопросов, которые можно продолжить, нет; начните заново с `complaint prepare`
prepare-edit-stdin = --edit нужен файл дела или имя сохранённого дела, а не `-`
prepare-no-terminal = `complaint prepare` задаёт вопросы, поэтому ему нужен терминал. Без терминала заполните файл дела (`complaint example > case.json` даст образец) и работайте с ним командами `complaint validate`, `complaint brief` и другими.
prepare-exists = { $path } уже существует; чтобы изменить его, запустите `complaint prepare --edit { $path }`
log-stdin = `complaint log` меняет файл дела, поэтому ему нужен файл или имя сохранённого дела, а не `-`
log-nothing-given = укажите, каким было обращение: хотя бы одно из --channel, --reference, --operator или --summary (в терминале `complaint log ДЕЛО` спросит сам)
letter-pdf-terminal = PDF нельзя показать в терминале: добавьте -o letter.pdf или перенаправьте вывод в файл
template-unused = шаблон { $name } не заменяет ни одного встроенного (их имена вида ru/letter.txt)
enclosure-not-image = приложение { $number } ({ $path }) — не картинка PNG или JPEG и не PDF: оно упомянуто в письме, но не вложено
enclosure-unreadable = приложение { $number }: не удаётся прочитать { $path } ({ $reason }); в письме оно упомянуто, но не вложено
load-version = версия { $version } не поддерживается: эта версия complaint читает формат { $supported }
load-version-text = напишите версию числом, { $supported }, а не текстом «{ $text }»
load-empty-text = не может быть пустым
load-amount = «{ $text }» — не сумма: { $hint }
load-amount-comma = дробную часть отделяйте точкой, например "1290.50"
load-amount-groups = пишите без разделителей тысяч, например "1290.50"
load-amount-sign = пишите сумму без знака, например "49.99"
load-amount-digits = напишите число, при необходимости с точкой, например "49.99"
load-amount-quotes = суммы пишутся в кавычках, как текст: "{ $n }", а не { $n } (число JSON может потерять копейки)
load-currency-unknown = «{ $text }» — не код валюты ISO 4217: укажите код вроде "RUB", "EUR", "USD" или "ILS"
load-currency-capitals = «{ $text }» пишется заглавными буквами: "{ $upper }"
load-currency-shape = «{ $text }» — не код валюты: укажите трёхбуквенный код ISO 4217, например "RUB", "EUR" или "USD"
no-folder = папки { $path } нет
no-data-folder = не удаётся найти папку для ваших данных: укажите её в переменной { $variable }
draft-unreadable = черновик { $path } не читается ({ $reason }); уберите его, чтобы начать заново

## config show

config-no-folder = (в этой системе нет папки для настроек)
config-from-file = файл настроек
config-not-set = (не задано)
config-case-value-if-any = значение из дела, если есть
config-case-value = значение из дела
config-built-in = встроенное
config-interface-fallback = COMPLAINT_UI_LANG, иначе язык дела, иначе язык системы
config-days-value = по закону, иначе 14
config-days-source = встроенное; для ru — 10
config-file = файл настроек: { $path }
config-file-missing = файл настроек: { $path } (пока не создан)
config-precedence = Значения из дела важнее этих; --lang и --paper важнее и тех, и других.

## demo

demo-case = пример дела: скопируйте его и впишите своё
demo-pdf = официальная претензия, готовая к печати и подписи
demo-rendered = Встроенный пример подготовлен в папке { $folder }
demo-opener = что сказать оператору в начале
demo-brief = памятка для разговора со специалистом
demo-message = короткое обращение для чата или почты
demo-letter = официальная претензия
demo-next =
    { "" }
    Что сказать в начале разговора:
    { $opener }

    Дальше: скопируйте { $folder }/case.json в my-case.json, впишите свои данные и запустите
      complaint brief my-case.json
check-legal-notes = ; замечаний по закону: { $n }
letter-sender = из письма не вполне ясно, кто его направил: { $missing ->
        [name] «{ $name }» — это не фамилия, имя и отчество. Без них компания может не ответить, а в суде будет труднее доказать, что претензию предъявили именно вы. Укажите ФИО (consumer.name) до подписания.
        [address] в письме нет вашего почтового адреса. Без него компания может не ответить, а в суде будет труднее доказать, что претензию предъявили именно вы. Укажите адрес (consumer.address) до подписания.
       *[both] «{ $name }» — это не фамилия, имя и отчество, и в письме нет вашего почтового адреса. Без этих данных компания может не ответить, а в суде будет труднее доказать, что претензию предъявили именно вы. Укажите ФИО (consumer.name) и адрес (consumer.address) до подписания.
    }
letter-tone = ваш текст попадает в письмо без изменений, а { $n ->
        [one] { $n } фраза в нём звучит
        [few] { $n } фразы в нём звучат
       *[many] { $n } фраз в нём звучат
    } как крик, оскорбление или угроза (первая: «{ $phrase }»). Оскорбления и угрозы в подписанном письме могут обернуться против вас: перепишите эти фразы до подписания (все они перечислены в выводе complaint check { $case }).
law-risk-line = { $kind } ({ $place }). { $text }
# Why a letter will cite no law (check).
law-no-purchase = письмо не сошлётся на статью закона: в деле не сказано, что куплено. Добавьте «purchase» (товар или услуга, дата, цена и недостаток, если он есть), и письмо назовёт статью и её срок
kind-law = закон
kind-tip = практический совет
pack-unused = { $name } не заменяет ни одного встроенного свода законов (это jurisdictions/ru.toml, il.toml, gb.toml, eu.toml и us.toml)
config-jurisdiction-value = по языку
config-jurisdiction-source = встроенное: ru для ru, il для he, иначе нет
law-note = право, по которому составлено письмо: { $name }; какие нормы и сроки применяются, покажет complaint law { $code }. { $text }
next-counted-received = Срок — { $days } со дня получения ({ $date }).
next-counted-registration = Срок — { $days } со дня регистрации претензии (её регистрируют не позднее следующего рабочего дня после получения, { $date }).
next-counted-registration-later = По закону срок считается со дня регистрации претензии — не позднее следующего рабочего дня после её получения.
next-counted-sent = Срок — { $days } со дня отправки ({ $date }); когда узнаете, в какой день претензию получили, запишите это (complaint log { $arg } --delivered ГГГГ-ММ-ДД), и срок будет считаться от этого дня.

## Закон

section-law = На какой закон опирается письмо
q-jurisdiction = На закон какой страны должно опираться письмо?
q-jurisdiction-hint = Где вы купили товар или где живёте. Письмо сошлётся на этот закон и его сроки (их показывает `complaint law`).
law-none = никакой: письмо без ссылок на закон
section-purchase = Что вы купили: от этого зависят нормы закона
q-purchase-kind = Вы купили товар или услугу?
q-purchase-kind-hint = Товар — вещь, например телефон. Услуга — работа или доступ, например ремонт или мобильная связь.
purchase-goods = товар
purchase-service = услугу
purchase-neither = ни то ни другое или не знаю
q-purchase-distance = Вы купили это дистанционно (через интернет, по телефону, по почте)?
q-purchase-telecom = Это услуга связи (мобильная связь, интернет, домашний телефон, ТВ)?
q-purchase-date = Когда вы это купили? (необязательно)
q-purchase-date-hint = Для товара — день, когда вы его получили: некоторые права действуют определённое число дней после него.
q-purchase-price = Сколько вы заплатили? (необязательно)
q-purchase-price-hint = Цена, например 24 990 ₽: от неё считается неустойка.
q-purchase-refund_to = Куда вернуть деньги? (необязательно)
q-purchase-refund_to-hint = Например: на карту, с которой была оплата, или по реквизитам: банк, БИК, номер счёта.
walk-laws-term = срок по закону
law-how-to-send = Как отправить, чтобы получение можно было доказать ({ $name }): { $text }
law-where-to-turn = Куда обратиться (право: { $name }):
law-office = Адресат жалобы: { $office }
law-packs = Своды законов (complaint law КОД покажет один из них):
law-packs-none = без права страны: письмо не ссылается на закон
law-no-pack = свода законов `{ $arg }` нет; есть такие: { $codes }
law-title = { $name } ({ $code })
law-demands = Требования, которые может предъявить письмо, и нормы, на которые оно ссылается:
law-cites = ссылка на закон: { $text }
law-term = срок: { $days } { $from }
law-term-days = срок: { $days }
law-term-none = срок: закон его не устанавливает; письмо даёт срок, указанный в деле
law-must = в письме требование звучит так: { $text }
law-penalty = за просрочку можно потребовать: { $text }
law-rule-note = пояснение: { $text }
law-source = источник: { $source } (сверено { $checked })
law-closes = Письмо завершается так:
law-bodies = Куда обратиться, если на письмо не ответили:
law-delivery = Как отправить письмо, чтобы его получение можно было доказать:
law-risks = О чём нужно знать:
law-goal-refund = возврат денег
law-goal-replacement = замена товара
law-goal-repair = ремонт — устранение недостатков
law-goal-cancellation = расторжение договора
law-goal-compensation = компенсация
law-goal-correction = исправление ошибки
law-goal-other = другое требование
law-when-goods = товар
law-when-service = услуга
law-when-distance = дистанционная покупка
law-when-not-distance = покупка не дистанционная
law-when-telecom = услуга связи
law-when-not-telecom = не услуга связи
law-when-defect = с недостатками
law-when-no-defect = без недостатков
law-when-failed-repairs = после { $n } неудачных ремонтов
law-when-unfounded = деньги списаны после прекращения договора или дважды
law-when-withdrawn = деньги списаны после отказа потребителя от договора
law-when-twice = деньги списаны дважды
law-when-held = в ремонте у продавца более { $days }
law-when-after = более чем через { $days } после покупки или доставки
law-fit-advice = ни одна норма этого закона не подходит к покупке в том виде, как она описана в деле, поэтому письмо не ссылается ни на одну статью: укажите в purchase, что куплено (kind, distance, telecom), цену и, если у покупки есть недостаток, его описание (purchase.defect)
law-days-longer = response_days: { $own } — больше, чем { $law }, которые закон даёт компании на это требование; в суде учитывается срок закона, так что вы отдаёте компании лишние { $extra }
law-days-shorter = response_days: { $own } — меньше, чем { $law }, которые закон даёт компании на это требование; компания может ответить, что срок ещё не истёк, поэтому дайте ей { $law }
law-days-short = response_days: { $own } — меньше, чем компания обычно успевает подготовить письменный ответ; дайте не меньше { $least }
pack-invalid = этим сводом законов нельзя воспользоваться: { $message }
pack-untranslated = у { $field } нет текста на языке `{ $lang }`: каждый текст, который показывает интерфейс, должен быть на всех его языках ({ $langs })
pack-field-nth = поля `{ $field }` в [[{ $table }]] № { $n }
log-kept = отправленное письмо сохранено: { $file }, рядом с файлом дела
cmd-remind = срок в вашем календаре, с напоминанием накануне
next-kept-letter = Ваша претензия в том виде, в каком вы её отправили, хранится рядом с файлом дела: { $file }. Все следующие шаги ссылаются на неё; новую не составляйте.
cmd-escalate = жалоба в надзорный орган и список приложений
cmd-followup = второе письмо, готовое к подписи
next-counted-assumed = Срок — { $days } с { $date }: претензия ушла почтой { $sent }, и, пока вы не запишете день получения, мы исходим из того, что она идёт { $post }. Если компания не заберёт письмо, оно считается полученным в день, когда его вернут вам (ст. 165.1 ГК РФ). День получения запишите командой complaint log { $arg } --delivered ГГГГ-ММ-ДД.
next-counted-hand = Срок — { $days } со дня, когда вы её вручили ({ $date }).
next-counted-email = Срок — { $days } со дня, когда вы отправили её по электронной почте ({ $date }).
sent-registered = заказным письмом с уведомлением о вручении
sent-hand = лично в руки, с отметкой о получении на моём экземпляре
sent-recorded = с отслеживанием или под подпись
sent-email = по электронной почте
sent-later = скажу позже
q-sent-by = Как вы отправили письмо?
q-sent-by-hint = Срок ответа на письмо, отправленное почтой, считается со дня его получения.
q-tracking = Трек-номер (необязательно)
q-tracking-hint = С почтовой квитанции, например RA123456785RU.
walk-discard = Удалить его ответы и начать новое дело?

## Saved cases by name, output files, and a case's contacts
error-no-such-case = нет ни файла { $name }, ни сохранённого дела с таким именем
hint-did-you-mean-case = может быть, вы имели в виду `{ $suggestion }`? Ваши дела показывает `complaint list`
hint-list-cases = ваши дела показывает `complaint list`
case-ambiguous = под `{ $arg }` подходят несколько сохранённых дел ({ $n }): { $names }; укажите имя подробнее
output-format-conflict = --format { $format } не совпадает с { $path }: по имени это файл { $implied }. Уберите --format или измените имя файла
log-no-contacts = в деле { $name } пока нет обращений; добавьте первое: `complaint log { $name } --channel phone`
log-no-such-contact-empty = обращения { $number } нет: в деле пока нет ни одного обращения
log-no-such-contact = { $count ->
    [one] обращения { $number } нет: в деле { $count } обращение
    [few] обращения { $number } нет: в деле { $count } обращения, с 1 по { $count }
   *[many] обращения { $number } нет: в деле { $count } обращений, с 1 по { $count }
}
log-contact-corrected = обращение { $number } в деле { $name } исправлено
log-contact-removed = обращение { $number } удалено из дела { $name }; осталось: { $left }
log-nothing-to-correct = укажите, что исправить: вместе с --correct задайте --date, --channel, --reference, --operator или --summary (в терминале `complaint log ДЕЛО --correct N` спросит сам)
log-header-number = №
log-header-date = ДАТА
log-header-channel = КАНАЛ
log-header-reference = НОМЕР
log-header-operator = СОТРУДНИК
log-header-summary = СУТЬ
validate-missing-attachment = attachments[{ $index }]: файла { $path } нет на месте, а в письме он указан как приложение { $number }

# После претензии: followup и escalate, log --delivered
after-no-letter = в этом деле пока нет претензии с датой, так что писать повторную не о чем: сначала отправьте претензию и запишите её (complaint log { $arg } --channel letter --date ГГГГ-ММ-ДД)
after-waiting-letter = срок по вашей претензии, { $deadline }, ещё не истёк (осталось дней: { $days }): эта команда — для того, что делать после него. Что делать пока, подскажет `complaint next { $arg }`; ничего не записано
after-waiting-followup = срок по вашей повторной претензии, { $deadline }, ещё не истёк (осталось дней: { $days }): эта команда — для того, что делать после него. Что делать пока, подскажет `complaint next { $arg }`; ничего не записано
after-delivery-assumed = день, когда компания получила вашу первую претензию, не записан, поэтому в повторной претензии не указан день окончания срока и не рассчитана неустойка: сначала запишите его (complaint log { $arg } --delivered ГГГГ-ММ-ДД)
log-remind-again = срок теперь отсчитывается с этого дня: если вы уже добавляли напоминания по этому делу в календарь, создайте их заново (complaint remind { $arg } -o reminders.ics) — в старых остались прежние даты

## status, remind, email, log --delivered; что записано; почему файл нельзя использовать

status-header-case = ДЕЛО
status-header-company = КОМПАНИЯ
status-header-stage = ЭТАП
status-header-last = ПОСЛЕДНЕЕ ОБРАЩЕНИЕ
status-header-next = ЧТО ДАЛЬШЕ
status-header-deadline = СРОК ОТВЕТА
status-header-days = ДНИ
status-stage-none = обращений не было
status-today = сегодня
status-overdue = { $n ->
    [one] просрочено на { $n } день
    [few] просрочено на { $n } дня
   *[many] просрочено на { $n } дней
}
status-left = { $n ->
    [one] остался { $n } день
    [few] осталось { $n } дня
   *[many] осталось { $n } дней
}
status-next-call = позвонить
status-next-second_line = звонок на вторую линию
status-next-message = написать
status-next-letter = претензия
status-next-wait = ждать ответа
status-next-deadline_today = срок истекает сегодня
status-next-date_the_letter = указать дату претензии
status-next-escalate = { $to }
status-summary-overdue = { $n ->
    [1] по одному делу срок ответа истёк: выполните для него complaint next
    [one] по { $n } делу срок ответа истёк: выполните complaint next для каждого
   *[many] по { $n } делам срок ответа истёк: выполните complaint next для каждого
}
status-summary-soon = { $n ->
    [1] в одном деле срок истекает в ближайшие 3 дня
    [one] в { $n } деле срок истекает в ближайшие 3 дня
   *[many] в { $n } делах срок истекает в ближайшие 3 дня
}
status-empty = сохранённых дел пока нет; начните с `complaint prepare`
status-not-valid = { $name }: в деле есть ошибки, их покажет `complaint validate { $name }`
remind-nothing = в календарь пока нечего внести: нет ни претензии со сроком ответа, ни сроков по закону. Отправьте претензию и запишите её (complaint log { $arg } --channel letter --date ГГГГ-ММ-ДД); ничего не записано
extension-ics = имя { $path } должно оканчиваться на .ics, чтобы файл открылся в календаре; ничего не записано
extension-eml = имя { $path } должно оканчиваться на .eml, чтобы файл открылся в почтовой программе; ничего не записано
wrote-followup = повторная претензия сохранена в файле { $path }
wrote-reminders = напоминания сохранены в файле { $path }
wrote-email = письмо для отправки по электронной почте сохранено в файле { $path }
open-failed = не удалось открыть { $path }: откройте файл сами
email-no-address = у компании не указан адрес электронной почты, так что письмо отправить некуда: добавьте "email" в раздел "company" или отправьте претензию почтой. Ничего не записано
email-cannot-attach = не удаётся приложить { $path } ({ $reason }): в письме не будет этого вложения
email-cannot-build = не удаётся составить письмо: { $reason }
log-delivered-recorded = записано: претензию от { $sent } (обращение { $number }) компания получила { $delivered }
log-delivered-no-letter = в этом деле нет претензии с датой, так что отмечать получение не к чему: сначала запишите претензию (complaint log { $arg } --channel letter --date ГГГГ-ММ-ДД)
log-delivered-before-sent = дата --delivered { $delivered } раньше дня отправки претензии, { $sent }: письмо не может прийти раньше, чем его отправили. Ничего не изменено; проверьте обе даты
log-not-pdf = { $path } — не PDF: укажите претензию в том виде, в каком вы её отправили, сделанную командой `complaint letter CASE --format pdf -o letter.pdf`. Ничего не изменено
log-no-free-name = не удаётся подобрать свободное имя для копии претензии в папке { $folder }: удалите старые копии
letter-sent-before = претензия уже отправлена, её копия хранится в файле { $file }; сейчас будет составлена новая, с датой { $today }. Чтобы снова написать им по поводу первой претензии, используйте `complaint followup`
letter-sent-before-on = претензия уже отправлена { $date }, её копия хранится в файле { $file }; сейчас будет составлена новая, с датой { $today }. Чтобы снова написать им по поводу первой претензии, используйте `complaint followup`
batch-law-note = претензии опираются на право одной из стран (какие нормы применяются, покажет complaint law КОД). Это сведения о законе, а не юридическая консультация.
load-delivered-before-sent = претензию не могли получить { $delivered }, раньше, чем её отправили ({ $sent }): проверьте обе даты
load-defect-date-alone = указана дата, когда обнаружили недостаток, но не сам недостаток: добавьте "defect" — что именно не так
load-defect-before-purchase = недостаток обнаружен { $day }, раньше покупки ({ $bought }): проверьте обе даты
load-cancelled-before-purchase = дата отказа от договора ({ $day }) раньше даты покупки ({ $bought }): проверьте обе даты
store-too-big = после этого изменения файл занял бы { $size } МБ, а для файла дела предел — { $limit } МБ; ничего не изменено
attach-outside = файл лежит вне папки с файлом дела
attach-not-a-file = это не обычный файл
attach-too-big = файл больше { $limit } МБ
attach-not-an-image = это не изображение или его не удаётся прочитать
attach-too-many-pixels = { $width } × { $height } точек — больше предела в { $limit } млн
attach-budget = изображения перед ним уже заняли всё место, какое может быть в одном документе
reason-not-a-folder = часть пути — файл, а не папка
reason-exists = файл уже существует
reason-read-only = диск доступен только для чтения
reason-disk-full = на диске не осталось места
reason-quota = ваша квота на диске исчерпана
reason-too-large = файл слишком большой
reason-not-text = это не текст в кодировке UTF-8
reason-busy = файл занят другой программой
reason-name = такое имя здесь недопустимо
reason-output-link = это символическая ссылка; укажите сам файл: complaint записывает только обычные файлы
reason-output-folder = это папка, а complaint записывает только обычные файлы
reason-output-special = это устройство или другой особый файл, а complaint записывает только обычные файлы
reason-output-folder-not-folder = это символическая ссылка или файл, а не папка; complaint записывает материалы дела только в отдельную папку
reason-foreign-file = этот файл создан не complaint, и перенести его не получится; уберите его из папки
reason-replaced = файл тем временем заменили
json-syntax-value = здесь должно быть значение: текст в кавычках, число, true, false, null, объект или массив
json-syntax-comma-object = здесь должна быть запятая или закрывающая `{"}"}`
json-syntax-comma-array = здесь должна быть запятая или закрывающая скобка `]`
json-syntax-colon = после названия поля должно быть двоеточие `:`
json-syntax-key = здесь должно быть название поля в двойных кавычках
json-syntax-trailing-comma = лишняя запятая перед закрывающей скобкой — уберите эту запятую
json-syntax-trailing = после конца дела есть ещё текст; уберите его
json-syntax-escape = после обратной косой черты `\` стоит недопустимый знак; чтобы написать саму черту, поставьте `\\`
json-syntax-number = число записано не так, как принято в JSON
json-syntax-control = в тексте в кавычках не может быть переноса строки или табуляции как есть: пишите `\n` или `\t`
json-schema-version = число { $n }
json-amount = сумма в кавычках, например "1290.00"
tracking-spaces = в «{ $text }» есть пробелы: напишите трек-номер без них, вот так: «{ $hint }»
tracking-small-letters = в «{ $text }» есть строчные буквы: напишите трек-номер заглавными, вот так: «{ $hint }»
tracking-invalid = «{ $text }» — не трек-номер: перепишите буквы и цифры с квитанции, например «RA123456785RU»
load-list-too-long = в списке { $n } записей, а можно не больше { $max }
load-field-too-long = в поле { $n } знаков, а можно не больше { $max }
config-unreadable = не удаётся прочитать: { $reason }
template-unreadable = не удаётся прочитать шаблоны из { $path }: { $reason }
template-error = ошибка в шаблоне
