# מילות הממשק בעברית. כל מזהה נמצא גם בקובץ האנגלי, עם אותם ארגומנטים ($name); בדיקה
# מוודאת זאת. צורות הרבים לפי CLDR: one, two, other.

## מספרים

days = { $n ->
    [one] יום אחד
    [two] יומיים
   *[other] { $n } ימים
}
cases = { $n ->
    [one] תיק אחד
   *[other] { $n } תיקים
}
findings = { $n ->
    [one] הערה אחת
   *[other] { $n } הערות
}
calls = { $n ->
    [one] שיחה אחת
   *[other] { $n } שיחות
}
messages = { $n ->
    [one] הודעה אחת
   *[other] { $n } הודעות
}
letters = { $n ->
    [one] מכתב אחד
   *[other] { $n } מכתבים
}

## השאלות של `prepare`

section-language = שפה
q-language = באיזו שפה להכין את הטקסטים ואת המכתב?
q-language-hint = בשפה שבה החברה עובדת. השאלות הבאות יישאלו בשפה הזאת.
section-company = החברה
q-company-name = על איזו חברה מדובר?
q-company-name-hint = השם כפי שהוא מופיע בחוזה, בחשבונית או בקבלה, למשל מגה-טל בע"מ.
q-company-support_phone = מספר הטלפון של שירות הלקוחות (לא חובה)
q-company-support_phone-hint = המספר שאליו תתקשרו, מהאתר או מהחשבונית. למשל *1234 או 03-1234567.
section-event = מה קרה
q-event-summary = מה קרה, במשפט אחד?
q-event-summary-hint = את זה תאמרו לנציג הראשון; הפרטים בהמשך. למשל: חייבו אותי פעמיים על המנוי של אוקטובר.
q-event-details = הפרטים, בשביל הנציג הבכיר ובשביל המכתב (לא חובה)
q-event-details-hint = מה, מתי, ומה כבר ניסיתם. למשל: ב-3 באוקטובר שני חיובים זהים של 89.70 ש"ח על אותה חשבונית.
q-event-date = מתי זה קרה? (לא חובה)
q-event-date-hint = תאריך חוסך לנציג שאלה. למשל: 10.8.2026, 3 באוקטובר, אתמול.
q-event-amount = על איזה סכום מדובר? (לא חובה)
q-event-amount-hint = למשל: 89.70 ₪, 3,490 ש"ח או $20. מספר בלי מטבע נרשם ב-{ $currency }.
q-event-technical = האם זו תקלה טכנית במכשיר, באפליקציה או באתר?
q-event-environment = איזה מכשיר, מערכת וגרסה?
q-event-environment-hint = התמיכה צריכה לדעת מה יש לכם. למשל: Android 15, אפליקציית מגה-טל 8.2.
section-goal = מה אתם רוצים
q-goal-kind = מה אתם רוצים מהם?
q-goal-kind-hint = בחרו את הקרוב ביותר; בשאלה הבאה תפרטו.
goal-refund = החזר כספי
goal-replacement = החלפה
goal-repair = תיקון
goal-cancellation = ביטול חוזה או הזמנה
goal-compensation = פיצוי
goal-correction = תיקון טעות (בחשבון, ברישום)
goal-other = משהו אחר
q-goal-summary = מה בדיוק הם צריכים לעשות?
q-goal-summary-hint = משהו שנציג יכול לבצע: מה, כמה ועד מתי. למשל: להחזיר לכרטיס שלי את החיוב הכפול.
q-goal-amount = איזה סכום אתם דורשים?
q-goal-amount-hint = החזר או פיצוי עם סכום הם דרישה ברורה. למשל: 89.70 ₪.
section-consequence = אם הבעיה לא תיפתר
q-consequence = מה תעשו אם לא יפתרו את הבעיה?
q-consequence-hint = זה לא חייב להיות איום: גם "אעבור לספק אחר" זו תשובה.
consequence-regulator = אתלונן לרשות להגנת הצרכן או לרגולטור
consequence-switch_provider = אעבור לספק אחר
consequence-chargeback = אבקש מחברת האשראי לבטל את החיוב
consequence-public_review = אכתוב ביקורת פומבית
consequence-court = אגיש תביעה בבית המשפט
consequence-other = משהו אחר
consequence-none = עוד לא החלטתי
q-consequence-summary = אמרו זאת במשפט אחד
q-consequence-summary-hint = ברוגע ולעניין, כמו שהייתם אומרים. למשל: אגיש תלונה לרשות להגנת הצרכן.
q-fallback = איזה פתרון אחר יהיה מקובל עליכם? (לא חובה)
q-fallback-hint = אפשרות נוספת שומרת על שיחה רגועה ומתקדמת. למשל: זיכוי של 89.70 ש"ח בחשבון הבא.
section-identifiers = המספרים שלכם: מסרו אותם כשישאלו, לא לפני כן
q-identifiers-order_number = מספר הזמנה (לא חובה)
q-identifiers-order_number-hint = מהמייל של אישור ההזמנה או מהקבלה. למשל: A-12345.
q-identifiers-contract_number = מספר חוזה או מספר לקוח (לא חובה)
q-identifiers-contract_number-hint = מהחוזה או מהחשבונית. למשל: 77-001234.
q-identifiers-phone_number = מספר הטלפון שעליו רשום השירות (לא חובה)
q-identifiers-phone_number-hint = למשל: 050-1234567 או +972 50 123 4567.
q-identifiers-other = יש עוד מספר מזהה? כתבו איך הוא נקרא (או Enter כדי להמשיך)
q-identifiers-other-hint = למשל: מספר פנייה, מספר תעודת משלוח, IMEI.
q-identifiers-other-value = { $label }:
q-identifiers-other-value-hint = כפי שכתוב במסמך.
section-attachments = ראיות: תמונות, צילומי מסך, מסמכים
attachments-so-far = עד עכשיו צורפו: { $n }.
q-attachment = קובץ לצרף (Enter כדי להמשיך)
q-attachment-hint = כדי שהנציג יבין בלי לשאול. נתיב לקובץ, למשל ~/Downloads/heshbonit.pdf.
attachment-missing = אין קובץ { $path } (חיפשנו בתיקייה { $folder }).
q-attachment-missing = מה עכשיו?
q-attachment-missing-hint = אפשר להשאיר את הנתיב ולהוסיף את הקובץ אחר כך.
attachment-again = להקליד את הנתיב שוב
attachment-keep = להשאיר כמו שכתוב
q-attachment-path = הנתיב לקובץ (Enter כדי לוותר עליו)
q-attachment-path-hint = יחסית לתיקייה הזאת, או נתיב מלא.
q-attachment-description = מה רואים בו?
q-attachment-description-hint = למשל: החשבונית של אוקטובר עם שני החיובים.
section-contacts = פניות קודמות
q-contacts-first = פניתם אליהם כבר בעניין הזה?
q-contacts-more = { $n ->
    [one] רשומה פנייה קודמת אחת. להוסיף עוד אחת?
   *[other] רשומות { $n } פניות קודמות. להוסיף עוד אחת?
}
q-contacts-another = הייתה עוד פנייה?
q-contact-date = מתי? (לא חובה)
q-contact-date-hint = למשל: 10.8.2026, 5 באוקטובר, אתמול.
q-contact-channel = איך?
q-contact-channel-hint = הדרך שבה פניתם.
channel-phone = בטלפון
channel-chat = בצ'אט
channel-email = במייל
channel-messenger = בוואטסאפ או במסנג'ר אחר
channel-social = ברשתות החברתיות
channel-letter = במכתב
channel-visit = בביקור בסניף
channel-other = אחר
q-contact-reference = מספר הפנייה (לא חובה)
q-contact-reference-hint = כדי שהנציג הבא ימצא אותה. למשל: INC-99812.
q-contact-operator = עם מי דיברתם? (לא חובה)
q-contact-operator-hint = מספיק שם פרטי. למשל: מיכל.
q-contact-summary = מה אמרו לכם או מה הבטיחו? (לא חובה)
q-contact-summary-hint = למשל: הבטיחו לחזור אליי תוך 3 ימים ולא חזרו.
section-letter = בשביל המכתב: לאן לשלוח אותו
q-letter-go-on = להמשיך לפרטים שדרושים למכתב (כתובות)?
walk-letter-later = לשיחה זה מספיק. את הפרטים למכתב אפשר להוסיף גם אחר כך, עם `complaint prepare --edit`.
q-company-department = למי לפנות (לא חובה)
q-company-department-hint = למשל: מחלקת פניות הציבור. אם תשאירו ריק, המכתב יופנה לחברה.
q-company-address = הכתובת של החברה לדואר (לא חובה)
q-company-address-hint = לאן לשלוח את המכתב, מהאתר או מהחוזה. למשל: רחוב הברזל 10, תל אביב 6971005.
q-company-email = המייל של החברה לתלונות (לא חובה)
q-company-email-hint = למשל: service@megatel.example.
section-consumer = הפרטים שלכם: הם מופיעים רק במכתב
q-consumer-use-previous = להשתמש בפרטים שלכם מהפעם הקודמת ({ $details })?
q-consumer-name = שם מלא
q-consumer-name-hint = כפי שיופיע מתחת לחתימה.
q-consumer-address = הכתובת שלכם לדואר (לא חובה)
q-consumer-address-hint = בשביל תשובה בכתב. למשל: רחוב הרצל 12, חיפה 3303112.
q-consumer-email = המייל שלכם (לא חובה)
q-consumer-email-hint = למשל: dana@example.org.
q-consumer-phone = הטלפון שלכם (לא חובה)
q-consumer-phone-hint = למשל: 050-1234567.
q-response_days = כמה ימים לתת להם לענות על המכתב?
q-response_days-hint = לפעמים החוק או החוזה קובעים; בדרך כלל 14 ימים.
q-title = כותרת קצרה לתיק
q-title-hint = כך הוא יופיע ב-`complaint list`.
walk-needed = בלי התשובה הזאת אי אפשר להמשיך: נא לענות.
walk-advice = עצה: { $advice }
walk-another-way = לנסח אחרת?
walk-not-email = "{ $answer }" לא נראה כמו כתובת מייל: כתבו אותה כך: name@example.org.
walk-not-days = "{ $answer }" אינו מספר ימים: הקלידו מספר בין 1 ל-365, למשל 14.
walk-assumed-currency = נרשם כ-{ $amount }. אם המטבע אחר, כתבו אותו עם הסימן או הקוד שלו, למשל 49.99 EUR.
walk-which-date = לאיזה תאריך התכוונתם?
walk-which-date-hint = אפשר לקרוא את היום והחודש בשני הכיוונים.
walk-mixed-languages = התיק כתוב ב{ $written }, והמסמכים יהיו ב{ $lang }: התוצאה תערבב שפות.
input-not-a-date = לא הצלחתי לקרוא את "{ $answer }" כתאריך: הקלידו למשל 10.8.2026, 3 באוקטובר או "אתמול".
input-no-such-day = "{ $answer }" אינו יום בלוח השנה: בדקו את היום ואת החודש.
input-date-in-future = "{ $answer }" עוד לא הגיע: הקלידו את היום שבו זה קרה.
input-not-an-amount = "{ $answer }" אינו סכום: הקלידו מספר ומטבע, למשל 89.70 ₪, 3,490 ש"ח או $20.
input-unknown-currency = "{ $word }" אינו מטבע מוכר: השתמשו בסימן (₪, $, €) או בקוד בן שלוש אותיות, כמו ILS, USD או EUR.
input-too-many-decimals = את { $currency } כותבים עם { $decimals } ספרות אחרי הנקודה לכל היותר: למשל { $example }.
walk-stopped = נעצר. התשובות שלכם נשמרו: אפשר להמשיך עם `complaint prepare --resume`.
walk-resume-hint = התשובות שלכם נשמרו: אפשר להמשיך עם `complaint prepare --resume`
walk-unfinished = יש לכם תיק שלא הושלם ({ $company }). להמשיך אותו?
walk-no-company-yet = עוד בלי חברה
walk-saved = נשמר בשם { $name } ({ $path })
walk-say-first = מה לומר קודם
walk-next = ומה הלאה:
walk-next-letter = מכתב הדרישה, מוכן לחתימה
walk-next-log = אחרי כל שיחה או צ'אט, כדי שהתיעוד יהיה מלא
yes = כן
no = לא

## list, log

list-header-name = שם
list-header-company = חברה
list-header-title = כותרת
list-header-changed = עודכן
list-header-contacts = פניות
list-not-valid = (יש שגיאות: הריצו `complaint validate { $name }`)
list-empty = עוד אין תיקים שמורים ב-{ $folder }; כדי להתחיל, הריצו complaint prepare
q-log-channel = איך פניתם אליהם?
q-log-channel-hint = הדרך שבה פניתם.
q-log-summary-hint = למשל: הבטיחו החזר כספי תוך 5 ימים.
log-added = פנייה { $n } מתוך { $count } נוספה לתיק { $name }

## check ו-validate

kind-tone = טון
kind-vague = חסר או לא ברור
finding = { $path }: { $kind }: { $problem }; עדיף: { $suggestion }
advice = { $problem }; עדיף: { $suggestion }
coach-shouting = "{ $phrase }" נשמע כמו צעקה
coach-insult = "{ $phrase }" נשמע כמו עלבון
coach-threat = "{ $phrase }" נשמע כמו איום
coach-vague-goal = "{ $phrase }" לא אומר מה בדיוק הם צריכים לעשות
coach-vague-goal-try = כתבו את הפעולה ועל מה היא, למשל { $example }
coach-vague-event = "{ $phrase }" לא אומר מה קרה
coach-vague-event-try = מה קרה, מתי ובאיזה סכום, למשל "חייבו אותי פעמיים על המנוי של אוקטובר"
coach-ultimatum = "{ $phrase }" נשמע כמו אולטימטום
coach-relative-date = את "{ $phrase }" יקראו כעבור כמה ימים, וזה כבר לא יהיה נכון
coach-no-date = לא כתוב מתי זה קרה
coach-no-date-try = "date": "2026-10-03" ב-event (תאריך חוסך לנציג שאלה)
coach-no-identifiers = אין מספר הזמנה, חוזה או טלפון
coach-no-identifiers-try = "order_number": "A-12345" ב-identifiers, מהחשבונית, מהקבלה או מהחוזה (זו השאלה הראשונה של הנציג)
coach-no-evidence = לא צוינה אף ראיה
coach-no-evidence-try = {"{"}"path": "evidence/heshbonit.pdf", "description": "החשבונית של אוקטובר עם שני החיובים"{"}"} ב-attachments: חשבונית, צילום מסך, תמונה
coach-no-amount-refund = החזר בלי סכום
coach-goal-kind = ב-goal.kind כתוב "{ $kind }" וכך גם כותרת המכתב, אבל המטרה מבקשת "{ $reads }"
coach-goal-kind-try = כתבו ב-goal.kind "{ $reads }", או נסחו את המטרה מחדש
coach-no-amount-compensation = פיצוי בלי סכום
coach-no-amount-either = החזר או פיצוי בלי סכום
coach-no-amount-try-event = "amount": { $json } ב-goal, אם אתם דורשים בדיוק את { $amount } שב-event
coach-no-amount-try = "amount": {"{"}"value": "89.70", "currency": "ILS"{"}"} ב-goal, או במילים, למשל { $example }
check-summary-none = בדיקת { $cases }: אין הערות לנוסח
check-summary = נבדקו: { $cases }, { $findings } (טון: { $tone }, לא ברור: { $vague })
summary-invalid = ; עם שגיאות: { $n }
summary-unreadable = ; לא נקראו: { $n }
validate-summary = בדיקת { $cases }: תקינים: { $valid }
coach-amount-above-event = אתם דורשים { $goal }, יותר מפי שלושה מהסכום שבו מדובר ({ $event })
coach-amount-above-event-try = דרשו את מה שהפסדתם; אם אתם תובעים גם הוצאות או פיצוי, פרטו כל סכום בנפרד, כדי שהדרישה לא תיראה מופרזת

## שורות מצב ושגיאות

wrote-letter = המכתב נשמר בקובץ { $path }
error = שגיאה
warning = שימו לב
hint = טיפ

## next

rung-first_line = שיחה עם המוקד
rung-second_line = נציג בכיר
rung-message = פנייה בכתב
rung-letter = מכתב דרישה רשמי
rung-management = הנהלת החברה
rung-regulator = רגולטור
rung-court = בית משפט
escalation-management = מכתב להנהלת החברה
escalation-regulator = תלונה לרגולטור
escalation-court = תביעה בבית משפט
escalation-chargeback = ביטול החיוב דרך חברת האשראי
escalation-switch_provider = מעבר לספק אחר
escalation-public_review = ביקורת פומבית
tally-one = { $count }, ב-{ $date }
tally-last = { $count }, האחרונה ב-{ $date }
next-where = איפה אתם עומדים: { $stand }.
next-no-contact = עוד לא נרשמה פנייה ל{ $company }
next-rung = { $rung } ({ $tally })
next-step = הצעד הבא: { $step }.
next-call-first = התקשרו ל{ $company }. אמרו לנציג במוקד את הפתיח, שני משפטים, ובקשו לעבור לנציג שמטפל בעניינים כאלה. את המספרים שלכם מסרו כשישאלו, לא לפני כן.
next-call-first-phone = התקשרו ל{ $company } במספר { $phone }. אמרו לנציג במוקד את הפתיח, שני משפטים, ובקשו לעבור לנציג שמטפל בעניינים כאלה. את המספרים שלכם מסרו כשישאלו, לא לפני כן.
next-call-second = התקשרו שוב, אמרו את הפתיח ובקשו לעבור לנציג שמטפל בעניינים כאלה; אחר כך דברו לפי דף השיחה. אם כבר בשיחה הראשונה הגעתם לנציג בכיר וזה לא עזר, עברו לפנייה בכתב.
next-message = השיחות לא פתרו את הבעיה: כתבו את זה, בצ'אט של החברה, בוואטסאפ או במייל. ההתכתבות נשמרת, נציג חדש יקרא אותה ולא ישאל שוב, ואפשר לצרף את הראיות.
next-letter = אם לא ענו על ההודעה שלכם או שהתשובה לא פותרת את הבעיה, שלחו את מכתב הדרישה הרשמי. המכתב נותן לחברה { $days } להשיב. { $pack ->
    [yes] שלחו אותו כך שתוכלו להוכיח שהתקבל (איך בדיוק – ראו למטה), או מסרו אותו ביד ובקשו אישור קבלה על העותק שלכם; שמרו עותק ואת האישורים.
   *[no] שלחו אותו כך שתוכלו להוכיח שהתקבל (למשל בדואר רשום עם אישור מסירה), או מסרו אותו ביד ובקשו אישור קבלה על העותק שלכם; שמרו עותק ואת האישורים.
}
next-letter-since = אם לא ענו על ההודעה שלכם מ-{ $date } או שהתשובה לא פותרת את הבעיה, שלחו את מכתב הדרישה הרשמי. המכתב נותן לחברה { $days } להשיב. { $pack ->
    [yes] שלחו אותו כך שתוכלו להוכיח שהתקבל (איך בדיוק – ראו למטה), או מסרו אותו ביד ובקשו אישור קבלה על העותק שלכם; שמרו עותק ואת האישורים.
   *[no] שלחו אותו כך שתוכלו להוכיח שהתקבל (למשל בדואר רשום עם אישור מסירה), או מסרו אותו ביד ובקשו אישור קבלה על העותק שלכם; שמרו עותק ואת האישורים.
}
next-wait = לחכות לתשובה שלהם
next-wait-until = יש להם עד { $date } לענות על המכתב (עוד { $days }).
next-wait-answered = אם יענו, רשמו מה אמרו:
next-wait-summary = מה הם ענו
next-wait-then = אם לא יענו עד אז, מ-{ $date } הצעד הבא הוא { $escalation }.
next-today = לחכות עד סוף היום
next-today-text = היום, { $date }, הוא היום האחרון שלהם לענות על המכתב. אם עד מחר לא תגיע תשובה, הצעד הבא הוא { $escalation }: הריצו אז את הפקודה הזאת שוב.
next-passed = המועד לתשובה על המכתב, { $date }, חלף לפני { $days }.
next-said = בתיק שלכם כתוב: "{ $said }".
next-management = אם לא ענו, או שהתשובה לא פותרת את הבעיה, שלחו להנהלה מכתב שני ותקיף יותר: הוא מפנה למכתב הראשון, אומר שהמועד עבר וקובע מועד חדש וקצר. הפנו אותו למנכ"ל (כתבו אותו ב-company.department), או מסרו אותו במשרדים שלהם.
next-regulator = אם לא ענו, או שהתשובה לא פותרת את הבעיה, הגישו תלונה לגוף הפיקוח של התחום{ $pack ->
    [yes] {" "}(לאיזה גוף – ראו למטה, לפי הדין שחל על התיק)
   *[no] {""}
}, וצרפו את המכתב, את ההוכחה שהתקבל ואת הראיות.
next-court = אם לא ענו, או שהתשובה לא פותרת את הבעיה, הגישו תביעה קטנה{ $jurisdiction ->
   *[other] {""}
}, או בקשו קודם מעורך דין לכתוב להנהלת החברה. הביאו את המכתב, את אישור המשלוח ואת הראיות.
next-chargeback = אם לא ענו, או שהתשובה לא פותרת את הבעיה, פנו בכתב לחברת האשראי ובקשו לבטל את החיוב. הסבירו מה לא תקין בעסקה עצמה (חיוב כפול, מוצר או שירות שלא סופקו, עסקה שביטלתם והכסף לא הוחזר), וצרפו את המכתב, את אישור המשלוח ואת אישור התשלום.
next-switch_provider = אם לא ענו, או שהתשובה לא פותרת את הבעיה, עברו לספק אחר, כמו שכתבתם במכתב. הודיעו על הביטול בכתב, ושמרו את המכתב כתיעוד של הסיבה.
next-public_review = אם לא ענו, או שהתשובה לא פותרת את הבעיה, כתבו ביקורת פומבית רגועה: מה קרה, התאריכים, ושהמכתב נשאר בלי תשובה. רק עובדות נכונות שאפשר להוכיח, בלי עלבונות וכינויים.
next-date-letter = לרשום את התאריך של המכתב
next-date-letter-text = ברישום יש מכתב בלי תאריך, ולכן אי אפשר לחשב את המועד לתשובה. רשמו אותו שוב עם היום שבו שלחתם:
next-record-call = אחר כך רשמו את השיחה, כדי שהפקודה הזאת תדע איפה אתם עומדים:
next-record = אחר כך רשמו את הפנייה:
placeholder-date = YYYY-MM-DD
placeholder-tracking = NUMBER
placeholder-reference = REF
next-record-letter = ביום המשלוח רשמו את המכתב ואת דרך המשלוח, ושמרו את קובץ ה-PDF ששלחתם:
next-further = בהמשך הדרך, אם יהיה צורך: { $rungs }.
cmd-opener = מה לומר קודם
cmd-brief = דף השיחה עם הנציג
cmd-rehearse = תרגול השיחה לפני שמתקשרים
cmd-rehearse-first = קודם לתרגל את השיחה
cmd-message-instead = אם תעדיפו לכתוב
cmd-message = ההודעה, מוכנה להדבקה
cmd-letter = המכתב, מוכן לחתימה
cmd-letter-management = המכתב, עם המכתב הקודם ברשימת הפניות
cmd-bundle = המכתב עם הראיות, בקובץ אחד
cmd-review = טקסט קצר ועובדתי להתחיל ממנו

error-read = אי אפשר לקרוא את { $path }: { $reason }
error-write = אי אפשר לכתוב את { $path }: { $reason }
error-exists = { $path } כבר קיים, ולא נכתב דבר. כדי להחליף אותו, הוסיפו --force
error-exists-more = { $more ->
    [one] { $path } כבר קיים (ועוד קובץ אחד); שום דבר לא נכתב: כדי להחליף אותם, הוסיפו --force
   *[other] { $path } כבר קיים (ועוד { $more } קבצים); שום דבר לא נכתב: כדי להחליף אותם, הוסיפו --force
}
error-config = קובץ ההגדרות { $problem }
reason-not-found = אין קובץ כזה
reason-permission = אין הרשאה
reason-directory = זו תיקייה, לא קובץ
hint-invalid-file = תקנו את הקובץ כמו שכתוב למעלה; `complaint example` מדפיס תיק מלא ותקין
hint-invalid-field = תקנו את השדה שצוין למעלה; `complaint example` מדפיס תיק מלא ותקין
hint-invalid-fields = תקנו את השדות שצוינו למעלה; `complaint example` מדפיס תיק מלא ותקין
hint-no-such-case = אין קובץ { $name } וגם לא תיק שמור בשם הזה; `complaint list` מציג את התיקים השמורים
hint-config = תקנו את השורה הזאת (הפורמט מתואר ב-README) או הזיזו את הקובץ; `complaint config path` אומר איפה הוא
hint-template = בדקו את התבנית שצוינה למעלה, או הריצו בלי --templates כדי להשתמש בתבניות המובנות
hint-messages = תקנו את השורה שצוינה למעלה, או מחקו את הקובץ כדי לחזור להודעות המובנות
error-terminal = המסוף הפסיק להגיב

## rehearse

rehearse-say-something = אמרו מה קרה ומה אתם רוצים, במשפט או שניים.
rehearse-too-many-sentences = יש כאן { $n } משפטים: הסתפקו ב-{ $max }, מה קרה ומה אתם רוצים. הפרטים בשביל הנציג הבכיר.
rehearse-too-long = יש כאן { $n } תווים: נסו להסתפק בכ-{ $max }. המוקד הראשון מנתב שיחות ויש לו מעט זמן לכל אחת.
rehearse-volunteered = מסרתם { $given }: שמרו את הפרטים שלכם עד שהנציג יבקש אותם, אחד אחד.
rehearse-name-goal = אמרו מה אתם רוצים שיעשו, למשל: "אבקש { $goal }".
rehearse-ask-through = בסוף בקשו לעבור לנציג שמטפל בעניינים כאלה.
rehearse-first-line = המוקד הראשון
rehearse-operator-says = נציג: { $text }
rehearse-you = אתם
rehearse-you-hint = הפתיח שלכם: מה קרה ומה אתם רוצים, לכל היותר שני משפטים. Enter בלבד יציג את הפתיח מהתיק.
rehearse-case-opener = הפתיח מהתיק שלכם: { $text }
rehearse-good = יפה: קצר ורגוע, עם מה שקרה ומה שאתם רוצים, בלי למסור פרטים מיותרים.
rehearse-compare = הפתיח מהתיק שלכם, להשוואה: { $text }
rehearse-specialist = הנציג הבכיר
rehearse-specialist-asks = הנציג שואל:
rehearse-nothing = (כלום)
rehearse-you-said = אמרתם: { $text }
rehearse-your-case = בתיק:  { $text }
rehearse-done = סיום
rehearse-no-gaps = בתיק שלכם יש תשובה לכל שאלה. אמרו אותה ברוגע, כעובדה פשוטה.
rehearse-gaps = לפני השיחה, מצאו תשובות לשאלות: { $questions }
rehearse-then-next = אם השיחה לא תפתור את הבעיה, שאלו לאן אפשר להגיש תלונה בכתב, ואז הריצו `complaint next { $arg }`.
rehearse-operator = נציג
rehearse-specialist-label = נציג בכיר
rehearse-title = תרגול: { $company }
rehearse-out-loud = אמרו את זה בקול, רצוי מול מישהו שמשחק את הנציג: קשה לשפוט שיחה של עצמך, ומי שמקשיב שם לב למה שמתפספס.
rehearse-first-line-heading = המוקד הראשון
rehearse-before = לפני שאומרים:
rehearse-practise = תרגלו את זה במילים שלכם: לכל היותר { $sentences } משפטים, בערך { $chars } תווים; מה קרה ומה אתם רוצים; בלי מספרים ופרטים אישיים עד שישאלו; בטון רגוע. במסוף, `complaint rehearse { $arg }` בודק את הניסוח תוך כדי.
rehearse-specialist-heading = הנציג הבכיר
rehearse-find-heading = למצוא לפני השיחה
rehearse-unsolved-heading = אם השיחה לא פותרת את הבעיה
rehearse-unsolved = שאלו לאן אפשר להגיש תלונה בכתב, ואז הריצו: complaint next { $arg }
rehearse-given-order = את מספר ההזמנה
rehearse-given-contract = את מספר החוזה
rehearse-given-phone = את מספר הטלפון
rehearse-given-email = את המייל
rehearse-given-other = את { $label }
rehearse-given-address = את הכתובת
and = { $init } ו{ $last }

batch-none = לא נמצאו קובצי תיקים ב-{ $places }
batch-none-recursive = { " " }(כדי לכלול גם תת-תיקיות, הוסיפו --recursive)
batch-summary = בתיקייה { $folder } נשמרו המסמכים של { $cases } (נכשלו: { $failed })
batch-not-started = , לא התחילו: { $n } (--fail-fast)
batch-time = , בתוך { $whole }.{ $hundredths } שניות

## קובצי תיקים

load-too-large = הקובץ שוקל { $size } MB, יותר מהמגבלה של { $limit } MB לקובץ תיק
load-empty = הקובץ ריק: תיק הוא אובייקט JSON; `complaint example` מציג דוגמה
load-not-utf8 = הקובץ אינו טקסט UTF-8 (הבית { $byte } כאן); שמרו אותו כ-UTF-8 ונסו שוב
load-attachment-empty = לקובץ מצורף צריך להיות נתיב או תיאור
load-contact-empty = לפנייה קודמת צריך להיות לפחות תאריך, דרך פנייה, מספר פנייה או תקציר
load-decimals = ל-"{ $value }" יש יותר ספרות אחרי הנקודה ממה שיש ל-{ $currency } ({ $decimals })
load-not-object = בקובץ יש { $found }, ותיק הוא אובייקט JSON {"{"} ... {"}"}: `complaint example` מציג דוגמה
json-array = מערך
json-string = מחרוזת
json-bool = true או false
json-null = null
json-number = מספר
json-text = טקסט במירכאות
json-object = אובייקט {"{"} ... {"}"}
load-eof = הקובץ נגמר מוקדם מדי: חסר `{"}"}`, `]` או `"` סוגר
load-trailing-comma = שגיאת תחביר ב-JSON: יש פסיק מיותר לפני `{"}"}`; מחקו את הפסיק
load-syntax = שגיאת תחביר ב-JSON: { $detail }
load-missing = חסר שדה חובה
load-not-one-of = `{ $value }` אינו אחד מאלה: { $known }
load-did-you-mean = ; אולי התכוונתם ל-`{ $best }`?
load-expected = צריך להיות כאן { $expected }, ויש { $found }
load-unknown-field-mean = שדה לא מוכר `{ $field }`; אולי התכוונתם ל-`{ $best }`?
load-unknown-field-none = שדה לא מוכר `{ $field }`: אין כאן שדות
load-unknown-field = שדה לא מוכר `{ $field }`; השדות כאן הם: { $known }
load-not-a-date = "{ $text }" אינו תאריך תקין (צריך YYYY-MM-DD, למשל 2026-10-05)
load-missing-version = חסר שדה חובה: הוסיפו "schema_version": 1

## שגיאות והערות נוספות

prepare-nothing-to-resume = אין שאלון שנקטע ואפשר להמשיך; התחילו חדש עם `complaint prepare`
prepare-edit-stdin = ל---edit צריך קובץ תיק או שם של תיק שמור, לא `-`
prepare-no-terminal = `complaint prepare` שואל שאלות, ולכן הוא צריך מסוף. בלי מסוף, כתבו קובץ תיק (`complaint example > case.json` נותן דוגמה לעריכה) והשתמשו בו עם `complaint validate`, `complaint brief` ושאר הפקודות.
prepare-exists = { $path } כבר קיים; כדי לשנות אותו, הריצו `complaint prepare --edit { $path }`
log-stdin = `complaint log` משנה קובץ תיק, ולכן הוא צריך קובץ או שם של תיק שמור, לא `-`
log-nothing-given = כתבו מה הייתה הפנייה: לפחות אחד מ---channel, --reference, --operator או --summary (במסוף, `complaint log CASE` שואל בעצמו)
letter-pdf-terminal = אי אפשר להציג PDF במסוף: הוסיפו -o letter.pdf, או הפנו את הפלט לקובץ
template-unused = התבנית { $name } לא מחליפה אף תבנית מובנית (השמות שלהן כמו he/letter.txt)
enclosure-not-image = נספח { $number } ({ $path }) אינו תמונת PNG או JPEG וגם לא PDF: הוא מופיע ברשימה שבמכתב, אבל לא מצורף
enclosure-unreadable = נספח { $number }: אי אפשר לקרוא את { $path } ({ $reason }); המכתב מזכיר אותו אבל לא מצרף אותו
load-version = גרסה { $version } אינה נתמכת: הגרסה הזאת של complaint קוראת את פורמט { $supported }
load-version-text = כתבו את הגרסה כמספר, { $supported }, ולא כטקסט "{ $text }"
load-empty-text = לא יכול להיות ריק
load-amount = "{ $text }" אינו סכום: { $hint }
load-amount-comma = הפרידו את האגורות בנקודה, למשל "1290.50"
load-amount-groups = כתבו בלי מפרידי אלפים, למשל "1290.50"
load-amount-sign = כתבו את הסכום בלי סימן, למשל "49.99"
load-amount-digits = כתבו מספר, עם נקודה אם צריך, למשל "49.99"
load-amount-quotes = סכומים כותבים במירכאות, כטקסט: "{ $n }", ולא { $n } (מספר JSON עלול לאבד אגורות)
load-currency-unknown = "{ $text }" אינו קוד מטבע לפי ISO 4217: השתמשו בקוד כמו "ILS", "USD", "EUR" או "GBP"
load-currency-capitals = את "{ $text }" כותבים באותיות גדולות: "{ $upper }"
load-currency-shape = "{ $text }" אינו קוד מטבע: השתמשו בקוד בן שלוש אותיות לפי ISO 4217, כמו "ILS", "USD" או "EUR"
no-folder = אין תיקייה { $path }
no-data-folder = לא נמצאה תיקייה לנתונים שלכם: הגדירו אחת במשתנה { $variable }
draft-unreadable = אי אפשר לקרוא את הטיוטה { $path } ({ $reason }); הזיזו אותה כדי להתחיל מחדש

## config show

config-no-folder = (אין במערכת הזאת תיקייה להגדרות)
config-from-file = קובץ ההגדרות
config-not-set = (לא הוגדר)
config-case-value-if-any = הערך מהתיק, אם יש
config-case-value = הערך מהתיק
config-built-in = מובנה
config-interface-fallback = COMPLAINT_UI_LANG, אחרת שפת התיק, אחרת שפת המערכת
config-days-value = לפי החוק, אחרת 14
config-days-source = מובנה; 10 ל-ru
config-file = קובץ ההגדרות: { $path }
config-file-missing = קובץ ההגדרות: { $path } (עוד לא נוצר)
config-precedence = ערכים מהתיק גוברים על אלה; --lang ו---paper גוברים על שניהם.

## demo

demo-case = תיק לדוגמה: העתיקו אותו וכתבו בו את הפרטים שלכם
demo-pdf = מכתב הדרישה, מוכן להדפסה ולחתימה
demo-rendered = הדוגמה המובנית הוכנה בתיקייה { $folder }
demo-opener = מה לומר קודם לנציג
demo-brief = דף השיחה עם הנציג
demo-message = פנייה קצרה לצ'אט או למייל
demo-letter = מכתב הדרישה
demo-next =
    { "" }
    מה לומר בפתיחת השיחה:
    { $opener }

    ומה הלאה: העתיקו את { $folder }/case.json לקובץ חדש בשם my-case.json, כתבו בו את הפרטים שלכם והריצו:
      complaint brief my-case.json
check-legal-notes = ; הערות לפי החוק: { $n }
letter-sender = מהמכתב לא ברור די הצורך מי שלח אותו: { $missing ->
        [name] "{ $name }" אינו שם מלא. חברה עלולה לא להשיב לפנייה בלי פרטי שולח, ובבית המשפט יהיה קשה יותר להוכיח שהפנייה נשלחה מכם. הוסיפו שם מלא (consumer.name) לפני החתימה.
        [address] חסרה בו כתובתכם. חברה עלולה לא להשיב לפנייה בלי פרטי שולח, ובבית המשפט יהיה קשה יותר להוכיח שהפנייה נשלחה מכם. הוסיפו כתובת (consumer.address) לפני החתימה.
       *[both] "{ $name }" אינו שם מלא, וחסרה בו כתובתכם. חברה עלולה לא להשיב לפנייה בלי פרטי שולח, ובבית המשפט יהיה קשה יותר להוכיח שהפנייה נשלחה מכם. הוסיפו שם מלא (consumer.name) וכתובת (consumer.address) לפני החתימה.
    }
letter-tone = הטקסט שלכם מועתק למכתב כלשונו, ו{ $n ->
        [one] ביטוי אחד בו עלול להיקרא
       *[other] -{ $n } ביטויים בו עלולים להיקרא
    } כצעקה, כעלבון או כאיום (הראשון: "{ $phrase }"). עלבון או איום במכתב חתום עלולים לשמש נגדכם (למשל בטענת לשון הרע): נסחו את הביטויים האלה מחדש לפני החתימה (complaint check { $case } מציג את כולם).
law-risk-line = { $kind } ({ $place }): { $text }
kind-law = הערה לפי הדין
kind-tip = עצה מעשית
pack-unused = { $name } לא מחליף אף חבילת דין מובנית (הן jurisdictions/ru.toml, il.toml, gb.toml, eu.toml ו-us.toml)
# Why a letter will cite no law (check).
law-no-purchase = המכתב לא יפנה לסעיף בחוק: בתיק לא כתוב מה נקנה. הוסיפו "purchase" (מוצר או שירות, תאריך, מחיר ופגם אם יש), והמכתב יפנה לסעיף החוק המתאים ולמועד שהוא קובע
config-jurisdiction-value = לפי השפה
config-jurisdiction-source = מובנה: ru ל-ru, il ל-he, אחרת אין
law-note = המכתב מבוסס על הדין של { $name } (לפירוט: complaint law { $code }). { $text }
next-counted-received = המועד הוא { $days } מ-{ $date }, היום שבו החברה קיבלה את המכתב.
next-counted-registration = המועד הוא { $days } מיום רישום התלונה, שחייב להיעשות לא יאוחר מיום העסקים שלאחר קבלתה ({ $date }).
next-counted-registration-later = לפי החוק המועד נספר מיום רישום התלונה, לא יאוחר מיום העסקים שלאחר קבלתה.
next-counted-sent = אלה { $days } מ-{ $date }, היום שבו שלחתם אותו; כשתדעו באיזה יום קיבלו אותו, רשמו זאת (complaint log { $arg } --delivered YYYY-MM-DD), והמועד ייספר ממנו.

## חוק

section-law = על איזה חוק המכתב נשען
q-jurisdiction = על דיני הגנת הצרכן של איזו מדינה המכתב צריך להישען?
q-jurisdiction-hint = איפה קניתם או איפה אתם גרים. המכתב יפנה לחוק הזה ולמועדים שלו (`complaint law` מציג אותם).
law-none = בלי: מכתב שלא מפנה לשום חוק
section-purchase = מה קניתם: כללי החוק תלויים בזה
q-purchase-kind = קניתם מוצר או שירות?
q-purchase-kind-hint = מוצר: חפץ, כמו טלפון. שירות: עבודה או גישה, כמו תיקון או חבילת סלולר.
purchase-goods = מוצר
purchase-service = שירות
purchase-neither = אף אחד מהם, או שלא ברור לי
q-purchase-distance = קניתם מרחוק (באינטרנט, בטלפון, בדואר)?
q-purchase-telecom = האם זה שירות תקשורת (סלולר, אינטרנט, טלפון קווי, טלוויזיה)?
q-purchase-date = מתי קניתם? (לא חובה)
q-purchase-date-hint = במוצר, היום שבו קיבלתם אותו: חלק מהזכויות נגמרות מספר ימים קבוע אחריו.
q-purchase-price = כמה שילמתם? (לא חובה)
q-purchase-price-hint = המחיר, למשל 3,490 ₪: לפיו מחושבים ההחזר ודמי הביטול.
q-purchase-refund_to = לאן להחזיר את הכסף? (לא חובה)
q-purchase-refund_to-hint = למשל: לכרטיס האשראי שבו שילמתם, או פרטי חשבון בנק (בנק, סניף, מספר חשבון).
walk-laws-term = המועד שבחוק
law-how-to-send = איך לשלוח כך שתוכלו להוכיח שהמכתב התקבל ({ $name }): { $text }
law-where-to-turn = לאן לפנות לפי הדין של { $name }:
law-office = נמען התלונה: { $office }
law-packs = חבילות הדין (כדי לראות אחת מהן: complaint law CODE, למשל complaint law il):
law-packs-none = ללא דין של מדינה: המכתב אינו מפנה לחוק
law-no-pack = אין חבילת דין בשם `{ $arg }`; החבילות הקיימות: { $codes }
law-title = { $name } ({ $code })
law-demands = הדרישות שהמכתב יכול להעלות, והחוק שהוא מפנה אליו:
law-cites = הפניה לחוק: { $text }
law-term = מועד: { $days } { $from }
law-term-days = מועד: { $days }
law-term-none = מועד: החוק אינו קובע מועד; המכתב נותן את המועד שנקבע בתיק
law-must = מה נדרש מהחברה: { $text }
law-penalty = תשלום בשל איחור: { $text }
law-rule-note = הערה: { $text }
law-source = מקור: { $source } (נבדק ב-{ $checked })
law-closes = המכתב מסתיים כך:
law-bodies = לאן אפשר לפנות אם לא ענו למכתב:
law-delivery = איך לשלוח את המכתב כך שאפשר יהיה להוכיח שהתקבל:
law-risks = מה חשוב לדעת:
law-goal-refund = החזר כספי
law-goal-replacement = החלפה
law-goal-repair = תיקון
law-goal-cancellation = ביטול העסקה
law-goal-compensation = פיצוי
law-goal-correction = תיקון טעות
law-goal-other = דרישה אחרת
law-when-goods = מוצר
law-when-service = שירות
law-when-distance = נקנה בעסקת מכר מרחוק
law-when-not-distance = לא נקנה בעסקת מכר מרחוק
law-when-telecom = שירות תקשורת
law-when-not-telecom = לא שירות תקשורת
law-when-defect = עם פגם
law-when-no-defect = בלי פגם
law-when-failed-repairs = אחרי { $n } תיקונים שלא הצליחו
law-when-unfounded = כסף שנגבה אחרי שהחוזה הסתיים או פעמיים
law-when-withdrawn = כסף שנגבה אחרי שהצרכן ביטל את החוזה
law-when-twice = כסף שנגבה פעמיים
law-when-held = המוצר אצל המוכר לתיקון יותר מ-{ $days }
law-when-after = יותר מ-{ $days } מיום הרכישה או המסירה
law-fit-advice = אף כלל בחוק הזה אינו מתאים לרכישה כפי שהיא מתוארת בתיק, ולכן המכתב אינו מפנה לשום סעיף: כתבו ב-purchase מה נקנה (kind, distance, telecom), את המחיר, ואם יש פגם, גם אותו (purchase.defect)
law-days-longer = מועד התשובה בתיק (response_days) הוא { $own }, יותר מ-{ $law } שהחוק נותן לחברה לדרישה הזו; בבית המשפט קובע המועד שבחוק, כך שאתם מוותרים על { $extra }
law-days-shorter = מועד התשובה בתיק (response_days) הוא { $own }, פחות מ-{ $law } שהחוק נותן לחברה לדרישה הזו; החברה עלולה לטעון שהזמן שלה עוד לא עבר, ולכן תנו לה { $law }
law-days-short = מועד התשובה בתיק (response_days) הוא { $own }, פחות מהזמן שחברה צריכה בדרך כלל כדי להשיב בכתב; תנו לפחות { $least }
pack-invalid = אי אפשר להשתמש בחבילת הדין: { $message }
pack-untranslated = ל-{ $field } אין טקסט בשפה `{ $lang }`: כל טקסט שהממשק מציג צריך להופיע בכל שפות הממשק ({ $langs })
pack-field-nth = `{ $field }` ב-[[{ $table }]] מספר { $n }
log-kept = המכתב כפי שנשלח נשמר: { $file }, ליד קובץ התיק
cmd-remind = המועד ביומן שלכם, עם תזכורת יום לפני
next-kept-letter = המכתב כפי ששלחתם אותו שמור ליד קובץ התיק: { $file }. כל הצעדים מכאן מפנים אליו; אל תכינו מכתב חדש.
cmd-escalate = נוסח התלונה לרגולטור ורשימת הנספחים
cmd-followup = המכתב השני, מוכן לחתימה
next-counted-assumed = אלה { $days } מ-{ $date }: המכתב נשלח בדואר ב-{ $sent }, וההנחה היא שהוא מגיע תוך { $post }, עד שתרשמו את יום הקבלה (complaint log { $arg } --delivered YYYY-MM-DD).
next-counted-hand = אלה { $days } מ-{ $date }, היום שבו מסרתם אותו.
next-counted-email = אלה { $days } מ-{ $date }, היום שבו שלחתם אותו במייל.
sent-registered = בדואר רשום עם אישור מסירה
sent-hand = מסרתי ביד, עם חותמת קבלה על העותק שלי
sent-recorded = במשלוח עם מעקב או חתימה
sent-email = במייל
sent-later = אגיד אחר כך
q-sent-by = איך שלחתם את המכתב?
q-sent-by-hint = המועד למכתב שנשלח בדואר נספר מהיום שבו הוא הגיע.
q-tracking = מספר מעקב (לא חובה)
q-tracking-hint = מהקבלה של הדואר, למשל RR123456789IL.
walk-discard = למחוק את התשובות שלו ולהתחיל תיק חדש?

## Saved cases by name, output files, and a case's contacts
error-no-such-case = אין קובץ בשם { $name }, וגם לא תיק שמור בשם הזה
hint-did-you-mean-case = אולי התכוונתם ל-`{ $suggestion }`? `complaint list` מציג את התיקים השמורים שלכם
hint-list-cases = `complaint list` מציג את התיקים השמורים שלכם
case-ambiguous = `{ $arg }` מתאים לכמה תיקים שמורים ({ $n }): { $names }; כתבו יותר מהשם
output-format-conflict = --format { $format } לא מתאים ל-{ $path }, שלפי שמו הוא קובץ { $implied }: הסירו את --format או שנו את שם הקובץ
log-no-contacts = בתיק { $name } אין עדיין פניות; הוסיפו פנייה עם `complaint log { $name } --channel phone`
log-no-such-contact-empty = אין פנייה { $number }: בתיק אין עדיין פניות
log-no-such-contact = { $count ->
    [one] אין פנייה { $number }: בתיק יש פנייה אחת
   *[other] אין פנייה { $number }: בתיק יש { $count } פניות, מ-1 עד { $count }
}
log-contact-corrected = פנייה { $number } בתיק { $name } תוקנה
log-contact-removed = פנייה { $number } נמחקה מהתיק { $name }; נשארו { $left }
log-nothing-to-correct = כתבו מה לתקן: יחד עם --correct תנו --date, --channel, --reference, --operator או --summary (במסוף, `complaint log CASE --correct N` שואל בעצמו)
log-header-number = #
log-header-date = תאריך
log-header-channel = ערוץ
log-header-reference = מספר פנייה
log-header-operator = נציג
log-header-summary = תוכן
validate-missing-attachment = attachments[{ $index }]: הקובץ { $path } לא נמצא, והמכתב מציין אותו כנספח { $number }

# אחרי המכתב: followup ו-escalate, log --delivered
after-no-letter = בתיק הזה עדיין אין מכתב עם תאריך, ולכן אין על מה לשלוח מכתב המשך: שלחו קודם את המכתב ורשמו אותו (complaint log { $arg } --channel letter --date YYYY-MM-DD)
after-waiting-letter = המועד שנקבע במכתב שלכם, { $deadline }, עדיין לא חלף (נותרו ימים: { $days }): הפקודה הזו היא למה שבא אחריו. `complaint next { $arg }` יאמר מה לעשות בינתיים; לא נכתב דבר
after-waiting-followup = המועד שנקבע במכתב ההתראה שלכם, { $deadline }, עדיין לא חלף (נותרו ימים: { $days }): הפקודה הזו היא למה שבא אחריו. `complaint next { $arg }` יאמר מה לעשות בינתיים; לא נכתב דבר
after-delivery-assumed = היום שבו התקבל המכתב הראשון שלכם לא נרשם, ולכן מכתב ההתראה אינו מציין את היום שבו חלף המועד: רשמו אותו קודם (complaint log { $arg } --delivered YYYY-MM-DD)
log-remind-again = המועד נספר עכשיו מאותו יום: אם כבר יצרתם תזכורות ביומן לתיק הזה, צרו אותן מחדש (complaint remind { $arg } -o reminders.ics): בתזכורות הקודמות נשארו התאריכים הקודמים

## status, remind, email, log --delivered; מה נשמר; למה אי אפשר להשתמש בקובץ

status-header-case = תיק
status-header-company = חברה
status-header-stage = שלב
status-header-last = פנייה אחרונה
status-header-next = הצעד הבא
status-header-deadline = מועד אחרון
status-header-days = ימים
status-stage-none = עוד לא פניתם
status-today = היום
status-overdue = { $n ->
    [one] באיחור של יום אחד
    [two] באיחור של יומיים
   *[other] באיחור של { $n } ימים
}
status-left = { $n ->
    [one] עוד יום אחד
    [two] עוד יומיים
   *[other] עוד { $n } ימים
}
status-next-call = שיחה למוקד
status-next-second_line = פנייה לנציג בכיר
status-next-message = פנייה בכתב
status-next-letter = מכתב דרישה
status-next-wait = המתנה לתשובה
status-next-deadline_today = היום המועד האחרון
status-next-date_the_letter = רישום תאריך המכתב
status-next-escalate = { $to }
status-summary-overdue = { $n ->
    [one] בתיק אחד המועד עבר: הריצו עליו complaint next
   *[other] ב-{ $n } תיקים המועד עבר: הריצו complaint next על כל אחד מהם
}
status-summary-soon = { $n ->
    [one] בתיק אחד המועד האחרון חל בשלושת הימים הקרובים
   *[other] ב-{ $n } תיקים המועד האחרון חל בשלושת הימים הקרובים
}
status-empty = עוד אין תיקים שמורים; כדי להתחיל, הריצו complaint prepare
status-not-valid = בתיק { $name } יש שגיאות; `complaint validate { $name }` יראה אותן
remind-nothing = עוד אין מה להכניס ליומן: אין מכתב עם מועד לתשובה ואין מועדים לפי החוק. שלחו את המכתב ורשמו אותו (complaint log { $arg } --channel letter --date YYYY-MM-DD); שום דבר לא נכתב
extension-ics = השם { $path } צריך להסתיים ב-.ics, כדי שהקובץ ייפתח ביומן; שום דבר לא נכתב
extension-eml = השם { $path } צריך להסתיים ב-.eml, כדי שהקובץ ייפתח בתוכנת הדואר; שום דבר לא נכתב
wrote-followup = מכתב התזכורת לחברה נשמר בקובץ { $path }
wrote-reminders = התזכורות נשמרו בקובץ { $path }
wrote-email = הודעת הדואר האלקטרוני נשמרה בקובץ { $path }
open-failed = לא הצלחנו לפתוח את { $path }: פתחו אותו בעצמכם
email-no-address = לא רשומה כתובת דואר אלקטרוני של החברה, ולכן אין לאן לשלוח: הוסיפו "email" תחת "company", או שלחו את המכתב בדואר. שום דבר לא נכתב
email-cannot-attach = אי אפשר לצרף את { $path } ({ $reason }): הקובץ לא יצורף להודעה
email-cannot-build = אי אפשר להרכיב את הודעת הדואר: { $reason }
log-delivered-recorded = נרשם שהמכתב מ-{ $sent } (פנייה { $number }) התקבל ב-{ $delivered }
log-delivered-no-letter = בתיק הזה אין מכתב עם תאריך משלוח, ולכן אי אפשר לרשום את יום קבלתו: רשמו קודם את המכתב (complaint log { $arg } --channel letter --date YYYY-MM-DD)
log-delivered-before-sent = התאריך { $delivered } שציינתם ב---delivered מוקדם מיום שליחת המכתב ({ $sent }): מכתב לא יכול להגיע לפני שנשלח. לא שונה דבר; בדקו את שני התאריכים
log-not-pdf = { $path } אינו קובץ PDF: צרפו את המכתב כפי ששלחתם אותו, כפי שנוצר ב-`complaint letter CASE --format pdf -o letter.pdf`. שום דבר לא שונה
log-no-free-name = אין שם פנוי לעותק המכתב בתיקייה { $folder }: מחקו עותקים ישנים
letter-sent-before = כבר נשלח מכתב, והעותק שלו שמור בקובץ { $file }; עכשיו ייווצר מכתב חדש בתאריך { $today }. כדי לפנות אליהם שוב בעניין המכתב הראשון, השתמשו ב-`complaint followup`
letter-sent-before-on = כבר נשלח מכתב ב-{ $date }, והעותק שלו שמור בקובץ { $file }; עכשיו ייווצר מכתב חדש בתאריך { $today }. כדי לפנות אליהם שוב בעניין המכתב הראשון, השתמשו ב-`complaint followup`
batch-law-note = חלק מהמכתבים מבוססים על הדין של מדינה מסוימת (לפירוט: complaint law CODE). זהו מידע על החוק ואינו ייעוץ משפטי.
load-delivered-before-sent = המכתב לא יכול היה להתקבל ב-{ $delivered }, לפני שנשלח ב-{ $sent }: בדקו את שני התאריכים
load-defect-date-alone = רשום התאריך שבו התגלה הפגם, אבל לא הפגם עצמו: הוסיפו "defect" ובו מה לא תקין
load-defect-before-purchase = הפגם התגלה ב-{ $day }, לפני הקנייה ב-{ $bought }: בדקו את שני התאריכים
load-cancelled-before-purchase = תאריך ביטול החוזה ({ $day }) מוקדם מתאריך הרכישה ({ $bought }): בדקו את שני התאריכים
store-too-big = אחרי השינוי הזה הקובץ יגיע ל-{ $size } MB, מעל המגבלה של { $limit } MB לקובץ תיק; שום דבר לא שונה
attach-outside = הקובץ נמצא מחוץ לתיקייה של קובץ התיק
attach-not-a-file = זה לא קובץ רגיל
attach-too-big = הקובץ גדול מ-{ $limit } MB
attach-not-an-image = זו לא תמונה, או שאי אפשר לקרוא אותה
attach-too-many-pixels = { $width } × { $height } פיקסלים, מעל המגבלה של { $limit } מיליון
attach-budget = התמונות שלפניה כבר תופסות את כל המקום שמסמך אחד יכול להכיל
reason-not-a-folder = חלק מהנתיב הוא קובץ ולא תיקייה
reason-exists = הקובץ כבר קיים
reason-read-only = הדיסק מוגן מפני כתיבה
reason-disk-full = לא נשאר מקום בדיסק
reason-quota = מכסת הדיסק שלכם נגמרה
reason-too-large = הקובץ גדול מדי
reason-not-text = זה לא טקסט בקידוד UTF-8
reason-busy = תוכנה אחרת משתמשת בקובץ
reason-name = השם הזה אינו תקין כאן
reason-output-link = זה קישור סמלי; ציינו את הקובץ עצמו, כי complaint כותב רק קבצים רגילים
reason-output-folder = זו תיקייה, ו-complaint כותב רק קבצים רגילים
reason-output-special = זה התקן או קובץ מיוחד אחר, ו-complaint כותב רק קבצים רגילים
reason-output-folder-not-folder = זה קישור סמלי או קובץ, לא תיקייה; complaint כותב את מה שהוא מכין לתיק רק לתוך תיקייה משלו
reason-foreign-file = הקובץ הזה לא נוצר על ידי complaint, ואי אפשר להעביר אותו; הוציאו אותו מהתיקייה
reason-replaced = הקובץ הוחלף בינתיים
json-syntax-value = כאן צריך לבוא ערך: טקסט במירכאות, מספר, true, false, null, אובייקט או מערך
json-syntax-comma-object = כאן צריך לבוא פסיק או `{"}"}` סוגר
json-syntax-comma-array = כאן צריך לבוא פסיק או סוגר מרובע `]`
json-syntax-colon = אחרי שם של שדה צריכות לבוא נקודתיים `:`
json-syntax-key = כאן צריך לבוא שם של שדה במירכאות כפולות
json-syntax-trailing-comma = יש פסיק מיותר לפני הסוגר; מחקו את הפסיק
json-syntax-trailing = יש עוד טקסט אחרי סוף התיק; מחקו אותו
json-syntax-escape = אחרי הלוכסן ההפוך `\` בא סימן לא חוקי; כדי לכתוב את הלוכסן עצמו, כתבו `\\`
json-syntax-number = המספר לא כתוב כמו שמקובל ב-JSON
json-syntax-control = טקסט במירכאות לא יכול להכיל ירידת שורה או טאב כמו שהם: כתבו `\n` או `\t`
json-schema-version = המספר { $n }
json-amount = סכום במירכאות, למשל "49.99"
tracking-spaces = ב-"{ $text }" יש רווחים: כתבו את מספר המעקב בלי רווחים, כך: "{ $hint }"
tracking-small-letters = ב-"{ $text }" יש אותיות קטנות: כתבו את מספר המעקב באותיות גדולות, כך: "{ $hint }"
tracking-invalid = "{ $text }" אינו מספר מעקב: העתיקו את האותיות והספרות מהקבלה, למשל "RA123456785RU"
load-list-too-long = ברשימה יש { $n } פריטים, והמגבלה היא { $max }
load-field-too-long = בשדה יש { $n } תווים, והמגבלה היא { $max }
config-unreadable = אי אפשר לקרוא אותו: { $reason }
template-unreadable = אי אפשר לקרוא תבניות מ-{ $path }: { $reason }
template-error = שגיאה בתבנית
