<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Letapis</source>
        <translation>Пра Летапіс</translation>
    </message>
    <message>
        <source>Letapis</source>
        <translation>Летапіс</translation>
    </message>
    <message>
        <source>An offline, encrypted archive for statements, letters and evidence of the Belarusian democratic movement.</source>
        <translation>Зашыфраваны архіў без сеткі для заяваў, лістоў і доказаў беларускага дэмакратычнага руху.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: there is no server and no network. Everything in a vault is encrypted with your passphrase.</source>
        <translation>Нічога не пакідае гэты камп’ютар: няма ні сервера, ні сеткі. Усё ў сховішчы зашыфравана вашай пароль-фразай.</translation>
    </message>
    <message>
        <source>Licence: Apache 2.0.</source>
        <translation>Ліцэнзія: Apache 2.0.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <source> (original)</source>
        <extracomment>Attachments above this size are not loaded into memory for a preview.</extracomment>
        <translation> (арыгінал)</translation>
    </message>
    <message>
        <source>This document has no attachments.</source>
        <translation>У гэтага дакумента няма далучаных файлаў.</translation>
    </message>
    <message>
        <source>Choose an attachment to preview it.</source>
        <translation>Выберыце файл, каб яго праглядзець.</translation>
    </message>
    <message>
        <source>This kind of file cannot be previewed here.</source>
        <translation>Файл такога віду тут праглядзець нельга.</translation>
    </message>
    <message>
        <source>This file is too large to preview.</source>
        <translation>Гэты файл завялікі для прагляду.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Гэтую выяву немагчыма паказаць.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Гэты PDF немагчыма паказаць.</translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation>Дакумент не выбраны</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Attachment text</source>
        <translation>Тэкст файла</translation>
    </message>
    <message>
        <source>Attachment image</source>
        <translation>Выява файла</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>Прайграць / Паўза</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Спыніць</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>attachments only</source>
        <translation>толькі далучаныя файлы</translation>
    </message>
    <message>
        <source>{title} — from {name}, {date} — differs in: {fields}</source>
        <translation>{title} — ад {name}, {date} — адрозніваецца: {fields}</translation>
    </message>
    <message>
        <source>Their version (from {name})</source>
        <translation>Іх версія (ад {name})</translation>
    </message>
    <message>
        <source>This version cannot be read.</source>
        <translation>Гэтую версію нельга прачытаць.</translation>
    </message>
    <message>
        <source>Settled: your version was kept.</source>
        <translation>Вырашана: пакінута ваша версія.</translation>
    </message>
    <message>
        <source>Settled: their version was taken.</source>
        <translation>Вырашана: прынятая іх версія.</translation>
    </message>
    <message>
        <source>Settled: your version was kept and theirs was added as a new document.</source>
        <translation>Вырашана: ваша версія пакінута, а іх дададзена як новы дакумент.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Канфлікты</translation>
    </message>
    <message>
        <source>These documents were edited both here and by a contact. Fields that differ are marked. Choose which version to keep; either way, files attached to either version stay with the document.</source>
        <translation>Гэтыя дакументы змянялі і тут, і ў кантакту. Палі, якія адрозніваюцца, пазначаныя. Выберыце, якую версію пакінуць; у любым выпадку файлы абедзвюх версій застаюцца з дакументам.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версія</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>Канфліктаў няма.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Пакінуць &amp;маю</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Узяць &amp;іх</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Пакінуць &amp;абедзве</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Зачыніць</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Іх версія</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>✔ verified</source>
        <translation>✔ пацверджаны</translation>
    </message>
    <message>
        <source>⚠ not verified</source>
        <translation>⚠ не пацверджаны</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколі</translation>
    </message>
    <message>
        <source>{name} was added and verified.</source>
        <translation>{name}: дададзены і пацверджаны.</translation>
    </message>
    <message>
        <source>{name} was added. Compare fingerprints before you trust bundles.</source>
        <translation>{name}: дададзены. Зверце адбіткі, перш чым давяраць пакетам.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Выдаліць кантакт</translation>
    </message>
    <message>
        <source>Remove {name}? Bundles they send will then be refused. You can add their card again later.</source>
        <translation>Выдаліць кантакт {name}? Пакеты ад яго пасля гэтага будуць адхіляцца. Вы можаце дадаць яго картку зноў пазней.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Кантакты</translation>
    </message>
    <message>
        <source>Your contacts are the people whose bundles this vault accepts and for whom you can make bundles. Add someone from their card file (or drop the file here), then compare fingerprints with them in person.</source>
        <translation>Вашы кантакты — людзі, чые пакеты гэтае сховішча прымае і для якіх вы можаце рабіць пакеты. Дадайце чалавека з файла яго карткі (або перацягніце файл сюды), потым асабіста зверце з ім адбіткі.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Адбітак</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Праверка</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Апошні абмен</translation>
    </message>
    <message>
        <source>No contacts yet. Add a card to begin.</source>
        <translation>Кантактаў пакуль няма. Дадайце картку, каб пачаць.</translation>
    </message>
    <message>
        <source>&amp;Add from a card…</source>
        <translation>&amp;Дадаць з карткі…</translation>
    </message>
    <message>
        <source>&amp;Compare fingerprints…</source>
        <translation>&amp;Зверыць адбіткі…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Выдаліць…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Зачыніць</translation>
    </message>
    <message>
        <source>Choose a contact card</source>
        <translation>Выберыце картку кантакту</translation>
    </message>
    <message>
        <source>Letapis cards (*.letapis-card);;All files (*)</source>
        <translation>Карткі Letapis (*.letapis-card);;Усе файлы (*)</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>Дзе трымаць сховішча</translation>
    </message>
    <message>
        <source>Very weak: anyone could guess it.</source>
        <translation>Вельмі слабая: яе можа адгадаць кожны.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>Слабая: дадайце яшчэ словы.</translation>
    </message>
    <message>
        <source>Fair: acceptable, but more words would be safer.</source>
        <translation>Сярэдняя: можна, але з большай колькасцю словаў было б бяспечней.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Моцная.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Вельмі моцная.</translation>
    </message>
    <message>
        <source>Tip: four or more ordinary words that have nothing to do with each other make a passphrase that is strong and easy to remember.</source>
        <translation>Парада: чатыры ці больш звычайных словаў, ніяк не звязаных паміж сабой, даюць пароль-фразу, моцную і лёгкую для запамінання.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Увядзіце пароль-фразу.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Дзве пароль-фразы не супадаюць.</translation>
    </message>
    <message>
        <source>This passphrase is too weak; add more words.</source>
        <translation>Гэтая пароль-фраза занадта слабая; дадайце словы.</translation>
    </message>
    <message>
        <source>The folder does not exist; choose another.</source>
        <translation>Такой папкі няма; выберыце іншую.</translation>
    </message>
    <message>
        <source>Something with this name is already there; choose another name.</source>
        <translation>Там ужо ёсць нешта з такой назвай; выберыце іншую назву.</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Стварыць новае сховішча</translation>
    </message>
    <message>
        <source>The vault is a folder that holds your documents, encrypted. Choose a passphrase you will remember: without it (or the recovery key) nobody can open the vault — not even us.</source>
        <translation>Сховішча — гэта папка, дзе вашыя дакументы захоўваюцца зашыфраванымі. Выберыце пароль-фразу, якую вы запомніце: без яе (ці ключа аднаўлення) сховішча не адкрые ніхто — нават мы.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архіў</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Пароль-&amp;фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Яшчэ раз:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Агляд…</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Стварыць</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Моц пароль-фразы</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль-фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Пароль-фраза яшчэ раз</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Паказаць ці схаваць пароль-фразу</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Ствараецца сховішча…</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Not set</source>
        <extracomment>Fields that can be marked sensitive (left out of exports that protect sources).</extracomment>
        <translation>Не зададзена</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Змяніць звесткі</translation>
    </message>
    <message>
        <source>Sensitive:</source>
        <translation>Адчувальнае:</translation>
    </message>
    <message>
        <source>Sensitive fields can be left out when sharing, to protect sources.</source>
        <translation>Адчувальныя палі можна не перадаваць пры абмене, каб абараніць крыніцы.</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Раздзяляйце тэгі коскамі.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Назва не можа быць пустой.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD (or just the year).</source>
        <translation>Пішыце дату як ГГГГ-ММ-ДД (ці толькі год).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot unlock: the passphrase or recovery key is not right. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Не ўдалося адамкнуць: пароль-фраза ці ключ аднаўлення няправільныя. Праверце мову клавіятуры і Caps Lock і паспрабуйце зноў.</translation>
    </message>
    <message>
        <source>This vault is already open in another Letapis window or program. Close it there first, then try again.</source>
        <translation>Гэтае сховішча ўжо адкрытае ў іншым акне Летапісу ці ў іншай праграме. Спачатку зачыніце яго там, потым паспрабуйце зноў.</translation>
    </message>
    <message>
        <source>The vault was locked. Unlock it again to continue.</source>
        <translation>Сховішча замкнёнае. Адамкніце яго зноў, каб працягнуць.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used: it must not be empty and must not contain tabs or other control characters.</source>
        <translation>Гэтую пароль-фразу нельга выкарыстаць: яна не можа быць пустой і не можа мець табуляцый ці іншых кіроўных знакаў.</translation>
    </message>
    <message>
        <source>Some data could not be read: it is damaged or was changed. Nothing else was touched. Use “Check the vault” to see what is affected.</source>
        <translation>Частку даных не ўдалося прачытаць: яны пашкоджаныя ці змененыя. Нічога іншага не кранулі. Скарыстайцеся «Праверыць сховішча», каб убачыць, што закранута.</translation>
    </message>
    <message>
        <source>It is not there: the vault or the document could not be found.</source>
        <translation>Гэтага няма: сховішча ці дакумент не знойдзены.</translation>
    </message>
    <message>
        <source>This file or vault is of a format this version of Letapis cannot read.</source>
        <translation>Гэты файл ці сховішча мае фармат, які гэтая версія Летапісу не чытае.</translation>
    </message>
    <message>
        <source>The bundle was refused; nothing in the vault was changed.</source>
        <translation>Пакет адхілены; у сховішчы нічога не змянілася.</translation>
    </message>
    <message>
        <source>The disk refused to read or write (it may be full, read-only or removed). What was saved before is safe.</source>
        <translation>Дыск не даў прачытаць ці запісаць (ён можа быць поўны, толькі для чытання ці выняты). Тое, што было захавана раней, у бяспецы.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Скасавана; нічога не змянілася.</translation>
    </message>
    <message>
        <source>This could not be done. What was saved before is safe.</source>
        <translation>Гэта не ўдалося зрабіць. Тое, што было захавана раней, у бяспецы.</translation>
    </message>
    <message>
        <source>There is not enough free memory. Close other programs and try again.</source>
        <translation>Не хапае вольнай памяці. Зачыніце іншыя праграмы і паспрабуйце зноў.</translation>
    </message>
    <message>
        <source>Something went wrong inside Letapis ({kind}). What was saved before is safe.</source>
        <translation>Усярэдзіне Летапісу нешта пайшло не так ({kind}). Тое, што было захавана раней, у бяспецы.</translation>
    </message>
    <message>
        <source>Letapis</source>
        <translation>Летапіс</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Паведамленне пра памылку</translation>
    </message>
    <message>
        <source>Letapis met an unexpected problem ({kind}). Your saved documents are safe. If it happens again, please tell the people who gave you Letapis what you were doing; this message contains no document content.</source>
        <translation>Летапіс сутыкнуўся з нечаканай праблемай ({kind}). Вашыя захаваныя дакументы ў бяспецы. Калі гэта паўторыцца, раскажыце людзям, якія далі вам Летапіс, што вы рабілі; у гэтым паведамленні няма зместу дакументаў.</translation>
    </message>
    <message>
        <source>Letapis: unexpected problem</source>
        <translation>Летапіс: нечаканая праблема</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>bytes</source>
        <extracomment>Files on FAT32 must stay below 4 GiB. Bundle file suffix (exchange/volumes.py) and card suffix people see on the stick.</extracomment>
        <translation>байтаў</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>КіБ</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>МіБ</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>ГіБ</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>ТіБ</translation>
    </message>
    <message>
        <source>a verified contact (you compared fingerprints)</source>
        <translation>пацверджаны кантакт (вы зверылі адбіткі)</translation>
    </message>
    <message>
        <source>a contact whose fingerprint you have not compared yet</source>
        <translation>кантакт, з якім вы яшчэ не звералі адбітак</translation>
    </message>
    <message>
        <source>someone who is NOT among your contacts</source>
        <translation>чалавек, якога НЯМА сярод вашых кантактаў</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>E&amp;xchange</source>
        <extracomment>A dialog changed the vault&apos;s documents (received, resolved): the view refreshes.</extracomment>
        <translation>&amp;Абмен</translation>
    </message>
    <message>
        <source>Your &amp;identity…</source>
        <translation>Ваш &amp;профіль…</translation>
    </message>
    <message>
        <source>Your name, fingerprint, QR code and card</source>
        <translation>Ваша імя, адбітак, QR-код і картка</translation>
    </message>
    <message>
        <source>&amp;Contacts…</source>
        <translation>&amp;Кантакты…</translation>
    </message>
    <message>
        <source>&amp;Send a bundle…</source>
        <translation>&amp;Адправіць пакет…</translation>
    </message>
    <message>
        <source>Write an encrypted bundle for contacts, e.g. to a USB stick</source>
        <translation>Запісаць зашыфраваны пакет для кантактаў, напрыклад на флешку</translation>
    </message>
    <message>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Прыняць пакет…</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>К&amp;анфлікты…</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Tick at least one document.</source>
        <translation>Адзначце хаця б адзін дакумент.</translation>
    </message>
    <message>
        <source>Choose at least one contact.</source>
        <translation>Выберыце хаця б адзін кантакт.</translation>
    </message>
    <message>
        <source>⚠ not verified: fingerprint not compared</source>
        <translation>⚠ не пацверджаны: адбітак не звераны</translation>
    </message>
    <message>
        <source>You have no contacts yet. Add a contact&apos;s card first (Exchange menu).</source>
        <translation>У вас пакуль няма кантактаў. Спачатку дадайце картку кантакту (меню «Абмен»).</translation>
    </message>
    <message>
        <source>⚠ You have not compared fingerprints with: {names}. If their card was replaced on the way, someone else could read this bundle. Compare fingerprints first (Exchange → Contacts) if you can.</source>
        <translation>⚠ Вы не звяралі адбіткі з: {names}. Калі іх картку падмянілі ў дарозе, гэты пакет мог бы прачытаць нехта іншы. Калі можаце, спачатку зверце адбіткі (Абмен → Кантакты).</translation>
    </message>
    <message>
        <source>Choose a folder that exists (e.g. your USB stick).</source>
        <translation>Выберыце існую папку (напрыклад, вашу флешку).</translation>
    </message>
    <message>
        <source>Give the bundle a file name.</source>
        <translation>Дайце пакету імя файла.</translation>
    </message>
    <message>
        <source>There is nothing to export for that choice.</source>
        <translation>Для такога выбару няма чаго экспартаваць.</translation>
    </message>
    <message>
        <source>There is not enough free space here: about {need} are needed, {free} are free. Choose another disk or export less.</source>
        <translation>Тут недастаткова вольнага месца: патрэбна каля {need}, вольна {free}. Выберыце іншы дыск або экспартуйце менш.</translation>
    </message>
    <message>
        <source>Checking what to export…</source>
        <translation>Правяраецца, што экспартаваць…</translation>
    </message>
    <message>
        <source>Writing the bundle, then reading it back to check it. You can cancel; a cancelled bundle leaves no file behind.</source>
        <translation>Пакет запісваецца, потым прачытваецца зноў для праверкі. Можна скасаваць; скасаваны пакет не пакідае файлаў.</translation>
    </message>
    <message>
        <source>Cancelled. No bundle was written.</source>
        <translation>Скасавана. Пакет не запісаны.</translation>
    </message>
    <message>
        <source>There is nothing new to send for that choice. No bundle was written.</source>
        <translation>Для такога выбару няма нічога новага для адпраўкі. Пакет не запісаны.</translation>
    </message>
    <message>
        <source>No bundle was written: {reason}</source>
        <translation>Пакет не запісаны: {reason}</translation>
    </message>
    <message>
        <source>The bundle was written and checked: it was read back from the disk, its signature and every part are correct.</source>
        <translation>Пакет запісаны і правераны: яго прачыталі з дыска зноў, подпіс і ўсе часткі правільныя.</translation>
    </message>
    <message>
        <source>Files (copy all of them, keep them in one folder):</source>
        <translation>Файлы (капіюйце ўсе, трымайце іх у адной папцы):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation>Памер: {size}</translation>
    </message>
    <message>
        <source>For: {names}</source>
        <translation>Для: {names}</translation>
    </message>
    <message numerus="yes">
        <source>Contains %n document(s)</source>
        <translation>
            <numerusform>Змяшчае %n дакумент</numerusform>
            <numerusform>Змяшчае %n дакументы</numerusform>
            <numerusform>Змяшчае %n дакументаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n далучаны файл</numerusform>
            <numerusform>%n далучаныя файлы</numerusform>
            <numerusform>%n далучаных файлаў</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources protected: sensitive fields and locations left out.</source>
        <translation>Крыніцы абароненыя: адчувальныя палі і месцазнаходжанні прапушчаныя.</translation>
    </message>
    <message>
        <source>Left out to protect sources: {fields}.</source>
        <translation>Прапушчана дзеля абароны крыніц: {fields}.</translation>
    </message>
    <message numerus="yes">
        <source>Locations removed: %n item(s).</source>
        <translation>
            <numerusform>Выдалена месцазнаходжанняў: %n.</numerusform>
            <numerusform>Выдалена месцазнаходжанняў: %n.</numerusform>
            <numerusform>Выдалена месцазнаходжанняў: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the people named above (and you) can open it.</source>
        <translation>Адкрыць яго могуць толькі названыя вышэй людзі (і вы).</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Спыняецца…</translation>
    </message>
    <message>
        <source>Step 1 of 3: what to send</source>
        <translation>Крок 1 з 3: што адправіць</translation>
    </message>
    <message>
        <source>Step 2 of 3: to whom</source>
        <translation>Крок 2 з 3: каму</translation>
    </message>
    <message>
        <source>Step 3 of 3: where to write it</source>
        <translation>Крок 3 з 3: куды запісаць</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Запіс пакета</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не зроблена</translation>
    </message>
    <message>
        <source>Send a bundle</source>
        <translation>Адправіць пакет</translation>
    </message>
    <message>
        <source>Only the contacts you tick (and you) will be able to open the bundle.</source>
        <translation>Адкрыць пакет змогуць толькі адзначаныя кантакты (і вы).</translation>
    </message>
    <message>
        <source>&amp;Protect sources: leave out sensitive fields and locations</source>
        <translation>&amp;Абараніць крыніцы: прапусціць адчувальныя палі і месцазнаходжанні</translation>
    </message>
    <message>
        <source>Fields marked sensitive are left out, and locations (GPS) are removed from photos and metadata. The originals in your vault are not changed.</source>
        <translation>Палі, пазначаныя як адчувальныя, прапускаюцца, а месцазнаходжанні (GPS) выдаляюцца з фота і метаданых. Арыгіналы ў вашым сховішчы не змяняюцца.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспарту</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далей &gt;</translation>
    </message>
    <message>
        <source>&amp;Write the bundle</source>
        <translation>&amp;Запісаць пакет</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Зачыніць</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>QR code of this vault&apos;s card</source>
        <translation>QR-код карткі гэтага сховішча</translation>
    </message>
    <message>
        <source>The name was changed. Give your contacts a new card so they see it too.</source>
        <translation>Імя зменена. Дайце кантактам новую картку, каб яны таксама яго бачылі.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Захаваць картку</translation>
    </message>
    <message>
        <source>Letapis cards (*.letapis-card)</source>
        <translation>Карткі Letapis (*.letapis-card)</translation>
    </message>
    <message>
        <source>Your card was saved to {path}. It holds no secret: hand it over in person and compare the fingerprint aloud.</source>
        <translation>Вашу картку захавана ў {path}. У ёй няма сакрэтаў: перадайце яе асабіста і зверце адбітак уголас.</translation>
    </message>
    <message>
        <source>Save the secret key</source>
        <translation>Захаваць сакрэтны ключ</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Тэкст (*.txt)</translation>
    </message>
    <message>
        <source>The secret key was written to {path}. Keep it safe and offline.</source>
        <translation>Сакрэтны ключ запісаны ў {path}. Захоўвайце яго ў бяспецы і па-за сеткай.</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Ваш профіль</translation>
    </message>
    <message>
        <source>Other people know this vault by its card. Give them your card (a file or the QR code) in person, then read the fingerprint aloud together: if every number matches, the card is really yours.</source>
        <translation>Іншыя людзі пазнаюць гэтае сховішча па яго картцы. Перадайце ім сваю картку (файл або QR-код) асабіста, потым прачытайце адбітак уголас разам: калі ўсе лікі супадаюць, картка сапраўды ваша.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Імя:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Адбітак:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Адбітак</translation>
    </message>
    <message>
        <source>Name shown on your card</source>
        <translation>Імя на вашай картцы</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>Захаваць &amp;імя</translation>
    </message>
    <message>
        <source>Save the &amp;card to a file…</source>
        <translation>Захаваць &amp;картку ў файл…</translation>
    </message>
    <message>
        <source>Export the &amp;secret key…</source>
        <translation>Экспартаваць &amp;сакрэтны ключ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Зачыніць</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Guess from each file</source>
        <translation>Вызначыць па кожным файле</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Вызначыць</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Выберыце файлы для імпарту</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Выберыце папку для імпарту</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD (or just the year).</source>
        <translation>Пішыце дату як ГГГГ-ММ-ДД (ці толькі год).</translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>{done} з {total} файлаў</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Спыняемся пасля бягучага файла…</translation>
    </message>
    <message>
        <source>Added: {n}</source>
        <translation>Дададзена: {n}</translation>
    </message>
    <message>
        <source>Already in the vault (skipped): {n}</source>
        <translation>Ужо ў сховішчы (прапушчана): {n}</translation>
    </message>
    <message>
        <source>Kept without text: {n}</source>
        <translation>Захавана без тэксту: {n}</translation>
    </message>
    <message>
        <source>Could not be imported: {n}</source>
        <translation>Не ўдалося імпартаваць: {n}</translation>
    </message>
    <message>
        <source>Cancelled: the files not yet handled were left out.</source>
        <translation>Скасавана: яшчэ не апрацаваныя файлы не ўвайшлі.</translation>
    </message>
    <message>
        <source>Not imported: {problem}</source>
        <translation>Не імпартавана: {problem}</translation>
    </message>
    <message>
        <source>Kept without text: {problem}</source>
        <translation>Захавана без тэксту: {problem}</translation>
    </message>
    <message>
        <source>Imported, but: {problem}</source>
        <translation>Імпартавана, але: {problem}</translation>
    </message>
    <message>
        <source>Importing. You can go on searching and reading meanwhile; new documents appear in the results as they are indexed.</source>
        <translation>Ідзе імпарт. Тым часам можна шукаць і чытаць; новыя дакументы з’яўляюцца ў выніках, як толькі трапляюць у індэкс.</translation>
    </message>
    <message>
        <source>Already in the vault: {file}</source>
        <translation>Ужо ў сховішчы: {file}</translation>
    </message>
    <message>
        <source>Every file was imported.</source>
        <translation>Усе файлы імпартаваныя.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Нічога не дададзена.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Імпарт файлаў</translation>
    </message>
    <message>
        <source>Drop files or folders here, or add them with the buttons. The original files are kept sealed in the vault; nothing is changed on the disk.</source>
        <translation>Перацягніце сюды файлы ці папкі або дадайце іх кнопкамі. Арыгіналы захоўваюцца ў сховішчы зашыфраванымі; на дыску нічога не змяняецца.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Файлы для імпарту</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Дадаць &amp;файлы…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Дадаць &amp;папку…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Прыбраць</translation>
    </message>
    <message>
        <source>For every imported document (optional):</source>
        <translation>Для кожнага імпартаванага дакумента (неабавязкова):</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Раздзяляйце тэгі коскамі.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход імпарту</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпартаваць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Зачыніць</translation>
    </message>
</context>
<context>
    <name>KeyWarningDialog</name>
    <message>
        <source>Secret key: read this first</source>
        <extracomment>(title, suggested file name, filter) -&gt; chosen path or &quot;&quot; (tests replace it).</extracomment>
        <translation>Сакрэтны ключ: спачатку прачытайце</translation>
    </message>
    <message>
        <source>You are about to write this vault&apos;s SECRET key to a file. Anyone who gets this file can read every bundle ever sent to this vault.

Only do this to keep a way to open bundles with the standard “age” tool if Letapis is ever unavailable. Keep the file offline, on a medium you control, and never send it to anyone.</source>
        <translation>Вы збіраецеся запісаць САКРЭТНЫ ключ гэтага сховішча ў файл. Кожны, хто атрымае гэты файл, зможа прачытаць усе пакеты, калі-небудзь дасланыя гэтаму сховішчу.

Рабіце гэта толькі для таго, каб мець спосаб адкрыць пакеты стандартнай праграмай «age», калі Letapis раптам будзе недаступны. Трымайце файл па-за сеткай, на носьбіце, які вы кантралюеце, і нікому яго не дасылайце.</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>Я разумею рызыку</translation>
    </message>
    <message>
        <source>I understand: anyone holding this file can read bundles sent to me.</source>
        <translation>Я разумею: кожны, у каго ёсць гэты файл, можа прачытаць пакеты, дасланыя мне.</translation>
    </message>
    <message>
        <source>Write the secret key…</source>
        <translation>Запісаць сакрэтны ключ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Statement</source>
        <translation>Заява</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Ліст</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Мова невядомая</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Беларуская</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Руская</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украінская</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Польская</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійская</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Тэкст</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Аўтар</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тэгі</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Калекцыя</translation>
    </message>
    <message>
        <source>Technical metadata</source>
        <translation>Тэхнічныя метаданыя</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>Technical metadata keys the readers (ingest/extractors) write, with translated names.</extracomment>
        <translation>Фармат</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 арыгінала</translation>
    </message>
    <message>
        <source>Part of the file</source>
        <translation>Частка файла</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Арыгінальны файл</translation>
    </message>
    <message>
        <source>Where it was</source>
        <translation>Дзе ён ляжаў</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Message number</source>
        <translation>Нумар паведамлення</translation>
    </message>
    <message>
        <source>Message key</source>
        <translation>Ключ паведамлення</translation>
    </message>
    <message>
        <source>Reply to message</source>
        <translation>Адказ на паведамленне</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Адпраўнік</translation>
    </message>
    <message>
        <source>Chat id</source>
        <translation>Ідэнтыфікатар чата</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Ідэнтыфікатар паведамлення</translation>
    </message>
    <message>
        <source>Forwarded from</source>
        <translation>Пераслана ад</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Від медыяфайла</translation>
    </message>
    <message>
        <source>Media not in the export</source>
        <translation>Медыяфайлы, якіх няма ў экспарце</translation>
    </message>
    <message>
        <source>Path in the export</source>
        <translation>Шлях у экспарце</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ад каго</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Каму</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Копія</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тэма</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>У адказ на</translation>
    </message>
    <message>
        <source>Earlier messages in the thread</source>
        <translation>Папярэднія лісты ў перапісцы</translation>
    </message>
    <message>
        <source>Character encoding</source>
        <translation>Кадзіроўка</translation>
    </message>
    <message>
        <source>Declared character encoding</source>
        <translation>Заяўленая кадзіроўка</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>Шырыня (пікселі)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>Вышыня (пікселі)</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>Каляровы рэжым</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Кадры</translation>
    </message>
    <message>
        <source>Camera data (EXIF)</source>
        <translation>Звесткі камеры (EXIF)</translation>
    </message>
    <message>
        <source>Photo description (IPTC)</source>
        <translation>Апісанне фота (IPTC)</translation>
    </message>
    <message>
        <source>Embedded description (XMP)</source>
        <translation>Убудаванае апісанне (XMP)</translation>
    </message>
    <message>
        <source>Location (GPS)</source>
        <translation>Месцазнаходжанне (GPS)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Працягласць</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Кодэк</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Кантэйнер</translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation>Бітрэйт</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Частата дыскрэтызацыі</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Выканаўца</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Альбом</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створана</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Старонкі</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Слайды</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Аркушы</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Памер (байты)</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключавыя словы</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Распазнаванне тэксту (OCR)</translation>
    </message>
    <message>
        <source>Pages read by text recognition</source>
        <translation>Старонкі, прачытаныя распазнаваннем тэксту</translation>
    </message>
    <message>
        <source>Pages without text</source>
        <translation>Старонкі без тэксту</translation>
    </message>
    <message>
        <source>Unreadable pages</source>
        <translation>Старонкі, якія не ўдалося прачытаць</translation>
    </message>
    <message>
        <source>Damage found</source>
        <translation>Знойдзеныя пашкоджанні</translation>
    </message>
    <message>
        <source>Structural defects</source>
        <translation>Памылкі ў будове файла</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Праблемы</translation>
    </message>
    <message>
        <source>Found inside</source>
        <translation>Знойдзены ўнутры</translation>
    </message>
    <message>
        <source>kept with the first document of the same file</source>
        <translation>захаваны з першым дакументам таго ж файла</translation>
    </message>
    <message>
        <source>message {n}</source>
        <translation>паведамленне {n}</translation>
    </message>
    <message>
        <source>Added to the vault</source>
        <translation>Дададзены ў сховішча</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Зменены</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Выдалены</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспартаваны</translation>
    </message>
    <message>
        <source>Received in a bundle</source>
        <translation>Атрыманы ў пакеце</translation>
    </message>
    <message>
        <source>Updated from a bundle</source>
        <translation>Абноўлены з пакета</translation>
    </message>
    <message>
        <source>Received in a bundle: edited both here and by the sender</source>
        <translation>Атрыманы ў пакеце: зменены і тут, і адпраўніком</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Канфлікт вырашаны</translation>
    </message>
    <message>
        <source>Added as a copy when both versions were kept</source>
        <translation>Дададзены як копія, калі пакінулі абедзве версіі</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Добра</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Зачыніць</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>There is no Letapis vault in this folder. Choose the folder whose name ends in .letapis.</source>
        <extracomment>While importing, the index catches up this often, so that searches (on the read lane) find the first documents before the import ends.</extracomment>
        <translation>У гэтай папцы няма сховішча Летапісу. Выберыце папку, назва якой заканчваецца на .letapis.</translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation>Правяраецца сховішча…</translation>
    </message>
    <message>
        <source>The vault is in order: {d} documents, {a} attachments, {c} custody events verified.</source>
        <translation>Сховішча ў парадку: правераныя дакументы ({d}), файлы ({a}) і запісы журнала захоўвання ({c}).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Damaged records cannot be read; everything else is safe.</source>
        <translation>
            <numerusform>Знойдзена %n праблема. Пашкоджаныя запісы нельга прачытаць; усё астатняе ў бяспецы.</numerusform>
            <numerusform>Знойдзена %n праблемы. Пашкоджаныя запісы нельга прачытаць; усё астатняе ў бяспецы.</numerusform>
            <numerusform>Знойдзена %n праблем. Пашкоджаныя запісы нельга прачытаць; усё астатняе ў бяспецы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Праверыць сховішча</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Працуем…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпарт…</translation>
    </message>
    <message>
        <source>Import files or folders (Ctrl+I)</source>
        <translation>Імпартаваць файлы ці папкі (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Замкнуць</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Замкнуць сховішча зараз (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Check the vault</source>
        <translation>&amp;Праверыць сховішча</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Змяніць звесткі…</translation>
    </message>
    <message>
        <source>&amp;Name spellings…</source>
        <translation>&amp;Напісанні імёнаў…</translation>
    </message>
    <message>
        <source>Tell Letapis which spellings are one name</source>
        <translation>Пакажыце Letapis, якія напісанні азначаюць адно імя</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Налады…</translation>
    </message>
    <message>
        <source>&amp;About Letapis</source>
        <translation>Пра &amp;Летапіс</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйсці</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Сховішча</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Праўка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Галоўная панэль</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>it is protected by a password</source>
        <extracomment>A reader&apos;s own reason (English, from ingest/extractors) → a translated sentence, by pattern. Kept coarse on purpose: a person needs what happened, not which parser said it.</extracomment>
        <translation>ён абаронены паролем</translation>
    </message>
    <message>
        <source>it is compressed suspiciously well (it may be a “zip bomb”)</source>
        <translation>ён падазрона моцна сціснуты (гэта можа быць «zip-бомба»)</translation>
    </message>
    <message>
        <source>it is too large to read safely</source>
        <translation>ён занадта вялікі, каб бяспечна яго прачытаць</translation>
    </message>
    <message>
        <source>it is an archive: it was kept as it is, not unpacked</source>
        <translation>гэта архіў: ён захаваны як ёсць, не распакаваны</translation>
    </message>
    <message>
        <source>its pages are pictures, and text recognition (OCR) is switched off or not installed</source>
        <translation>яго старонкі — выявы, а распазнаванне тэксту (OCR) выключанае ці не ўсталяванае</translation>
    </message>
    <message>
        <source>it looks like binary data, not text</source>
        <translation>гэта падобна на двайковыя даныя, а не на тэкст</translation>
    </message>
    <message>
        <source>its format is not one Letapis can read</source>
        <translation>Letapis не ўмее чытаць гэты фармат</translation>
    </message>
    <message>
        <source>no text was found in it</source>
        <translation>у ім не знойдзена тэксту</translation>
    </message>
    <message>
        <source>its declared character set was wrong; it was read with another one</source>
        <translation>у ім пазначана няправільнае кадаванне; яго прачыталі з іншым</translation>
    </message>
    <message>
        <source>it contains parts that are refused for safety</source>
        <translation>у ім ёсць часткі, адхіленыя дзеля бяспекі</translation>
    </message>
    <message>
        <source>it is nested too deeply to read safely</source>
        <translation>ён мае занадта глыбокую ўкладзенасць, каб бяспечна яго прачытаць</translation>
    </message>
    <message>
        <source>the program that reads it crashed</source>
        <translation>праграма, якая яго чытае, аварыйна спынілася</translation>
    </message>
    <message>
        <source>reading it took too long</source>
        <translation>чытанне заняло занадта шмат часу</translation>
    </message>
    <message>
        <source>the program that reads it failed</source>
        <translation>праграма, якая яго чытае, не справілася</translation>
    </message>
    <message>
        <source>no messages were found in it</source>
        <translation>у ім не знойдзена паведамленняў</translation>
    </message>
    <message>
        <source>it is not a readable file of its kind (damaged or of another format)</source>
        <translation>гэта не чытэльны файл свайго віду (пашкоджаны ці іншага фармату)</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>ён пашкоджаны</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>яго не ўдалося прачытаць</translation>
    </message>
    <message>
        <source>it does not exist (moved or deleted?)</source>
        <translation>яго няма (перанесены ці выдалены?)</translation>
    </message>
    <message>
        <source>it names files outside its own folder; those were not read</source>
        <translation>ён спасылаецца на файлы па-за сваёй папкай; іх не чыталі</translation>
    </message>
    <message>
        <source>it could not be saved in the vault (the disk refused)</source>
        <translation>яго не ўдалося захаваць у сховішчы (дыск адмовіў)</translation>
    </message>
    <message>
        <source>no documents were found in it; it was kept as it is</source>
        <translation>у ім не знойдзена дакументаў; ён захаваны як ёсць</translation>
    </message>
    <message>
        <source>only part of it was read: </source>
        <translation>прачытана толькі частка: </translation>
    </message>
    <message>
        <source>it is damaged; what could be read was kept</source>
        <translation>ён пашкоджаны; захавана тое, што ўдалося прачытаць</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>The database is damaged.</source>
        <translation>База даных пашкоджаная.</translation>
    </message>
    <message>
        <source>The database failed its integrity check.</source>
        <translation>База даных не прайшла праверку цэласнасці.</translation>
    </message>
    <message>
        <source>The database was made by another version of Letapis.</source>
        <translation>База даных зробленая іншай версіяй Letapis.</translation>
    </message>
    <message>
        <source>A stored file belongs to no document (it can be removed safely).</source>
        <translation>Захаваны файл не належыць ніводнаму дакументу (яго можна бяспечна выдаліць).</translation>
    </message>
    <message>
        <source>The search index is missing or behind; it is brought up to date when you search.</source>
        <translation>Пошукавага індэкса няма ці ён адстае; ён абнаўляецца, калі вы шукаеце.</translation>
    </message>
    <message>
        <source>A document&apos;s details failed verification: changed or swapped on disk.</source>
        <translation>Звесткі дакумента не прайшлі праверку: іх змянілі ці падмянілі на дыску.</translation>
    </message>
    <message>
        <source>A document&apos;s text failed verification: changed or swapped on disk.</source>
        <translation>Тэкст дакумента не прайшоў праверку: яго змянілі ці падмянілі на дыску.</translation>
    </message>
    <message>
        <source>An attachment belongs to a document that is missing.</source>
        <translation>Файл належыць дакументу, якога няма.</translation>
    </message>
    <message>
        <source>An attachment&apos;s record failed verification: changed or swapped on disk.</source>
        <translation>Запіс пра файл не прайшоў праверку: яго змянілі ці падмянілі на дыску.</translation>
    </message>
    <message>
        <source>A stored original file is missing or damaged (it no longer matches its fingerprint).</source>
        <translation>Захаваны арыгінальны файл знік ці пашкоджаны (ён больш не адпавядае свайму адбітку).</translation>
    </message>
    <message>
        <source>Custody events {first}–{last} are missing.</source>
        <translation>Няма запісаў журнала захоўвання {first}–{last}.</translation>
    </message>
    <message>
        <source>A custody event failed verification.</source>
        <translation>Запіс журнала захоўвання не прайшоў праверку.</translation>
    </message>
    <message>
        <source>The custody log&apos;s chain is broken here.</source>
        <translation>Ланцуг журнала захоўвання тут перарваны.</translation>
    </message>
    <message>
        <source>A deleted document is back (restored outside Letapis).</source>
        <translation>Выдалены дакумент вярнуўся (адноўлены па-за Letapis).</translation>
    </message>
    <message>
        <source>A document was removed outside Letapis.</source>
        <translation>Дакумент выдалілі па-за Letapis.</translation>
    </message>
    <message>
        <source>A document is at version {version} but its history says {history} (rolled back or edited outside Letapis).</source>
        <translation>Дакумент мае версію {version}, а паводле гісторыі — {history} (вернуты назад ці зменены па-за Letapis).</translation>
    </message>
    <message>
        <source>A document has no custody history.</source>
        <translation>У дакумента няма гісторыі ў журнале захоўвання.</translation>
    </message>
    <message>
        <source>Something is wrong here.</source>
        <translation>Тут нешта не так.</translation>
    </message>
    <message>
        <source>The search index was older than the documents (restored from a copy?); it is being rebuilt. Searching may be slow for a moment.</source>
        <translation>Пошукавы індэкс быў старэйшы за дакументы (адноўлены з копіі?); ён перабудоўваецца. Пошук можа крыху запавольвацца.</translation>
    </message>
    <message>
        <source>The search index was damaged; it is being rebuilt from the documents. Searching may be slow for a moment.</source>
        <translation>Пошукавы індэкс быў пашкоджаны; ён перабудоўваецца з дакументаў. Пошук можа крыху запавольвацца.</translation>
    </message>
    <message>
        <source>The search index is being rebuilt; searching may be slow for a moment.</source>
        <translation>Пошукавы індэкс перабудоўваецца; пошук можа крыху запавольвацца.</translation>
    </message>
    <message>
        <source>This bundle was signed by a contact you removed.</source>
        <translation>Гэты пакет падпісаў кантакт, які вы выдалілі.</translation>
    </message>
    <message>
        <source>This bundle is too large to open.</source>
        <translation>Гэты пакет занадта вялікі, каб яго адкрыць.</translation>
    </message>
    <message>
        <source>Nothing in your vault was changed.</source>
        <translation>У вашым сховішчы нічога не змянілася.</translation>
    </message>
    <message>
        <source>This file is not a Letapis bundle.</source>
        <translation>Гэты файл не з’яўляецца пакетам Letapis.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was changed after it was made. Someone may have tampered with it, or the copy is incomplete. Do not use it; ask for a new copy.</source>
        <translation>Гэты пакет пашкоджаны або зменены пасля таго, як яго зрабілі. Магчыма, нехта ўмяшаўся ў яго, або копія няпоўная. Не карыстайцеся ім; папрасіце новую копію.</translation>
    </message>
    <message>
        <source>This bundle cannot be read: the file is incomplete or damaged (perhaps the copying did not finish). Ask for a new copy.</source>
        <translation>Гэты пакет нельга прачытаць: файл няпоўны або пашкоджаны (магчыма, капіяванне не скончылася). Папрасіце новую копію.</translation>
    </message>
    <message>
        <source>This bundle was not made for this vault: it cannot be opened with your key. Ask the sender to make it for you.</source>
        <translation>Гэты пакет зроблены не для гэтага сховішча: яго нельга адкрыць вашым ключом. Папрасіце адпраўніка зрабіць пакет для вас.</translation>
    </message>
    <message>
        <source>This bundle was signed by someone who is not among your contacts. Add their card and compare fingerprints first.</source>
        <extracomment>Stable codes (exchange/errors.py) with a sentence of their own.</extracomment>
        <translation>Гэты пакет падпісаў чалавек, якога няма сярод вашых кантактаў. Спачатку дадайце яго картку і зверце адбіткі.</translation>
    </message>
    <message>
        <source>This bundle is older than one you already received from the same person. It may be an old copy sent again.</source>
        <translation>Гэты пакет старэйшы за той, што вы ўжо атрымалі ад гэтага чалавека. Магчыма, гэта старая копія, дасланая зноў.</translation>
    </message>
    <message>
        <source>The sender seems to have made two different bundles with the same number. One of them may be forged. Ask the sender in person.</source>
        <translation>Здаецца, адпраўнік зрабіў два розныя пакеты з адным нумарам. Адзін з іх можа быць падробкай. Спытайце адпраўніка асабіста.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Letapis. Update Letapis, then try again.</source>
        <translation>Гэты пакет зроблены навейшай версіяй Letapis. Абнавіце Letapis і паспрабуйце зноў.</translation>
    </message>
    <message>
        <source>The bundle file could not be found.</source>
        <translation>Файл пакета не знойдзены.</translation>
    </message>
    <message>
        <source>A part of this bundle is missing. A large bundle is split into several files ending in .001, .002 …; copy all of them into one folder.</source>
        <translation>Частка гэтага пакета адсутнічае. Вялікі пакет падзелены на некалькі файлаў з канчаткамі .001, .002 …; скапіюйце іх усе ў адну папку.</translation>
    </message>
    <message>
        <source>You cancelled.</source>
        <translation>Вы скасавалі.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid: it may have been forged or changed on the way.</source>
        <extracomment>A code&apos;s kind (before &quot;/&quot;) → the sentence for reasons without one of their own.</extracomment>
        <translation>Подпіс пакета несапраўдны: пакет мог быць падроблены або зменены ў дарозе.</translation>
    </message>
    <message>
        <source>The disk or USB stick could not be read (it may have been removed).</source>
        <translation>Не атрымалася прачытаць дыск або флешку (магчыма, яе вынялі).</translation>
    </message>
    <message>
        <source>The bundle could not be received ({kind}).</source>
        <translation>Пакет не атрымалася прыняць ({kind}).</translation>
    </message>
    <message>
        <source>This file is not a valid contact card: it is damaged, changed, or not a Letapis card.</source>
        <translation>Гэты файл не з’яўляецца сапраўднай карткай кантакту: ён пашкоджаны, зменены або не з’яўляецца карткай Letapis.</translation>
    </message>
    <message>
        <source>This is your own vault&apos;s card. Add the cards of the people you exchange with.</source>
        <translation>Гэта картка вашага ўласнага сховішча. Дадайце карткі людзей, з якімі вы абменьваецеся.</translation>
    </message>
    <message>
        <source>This card shares a key with one of your contacts but is different from it. It may be a mistake or someone pretending to be that contact.</source>
        <translation>У гэтай карткі той самы ключ, што ў аднаго з вашых кантактаў, але яна адрозніваецца. Гэта можа быць памылка або нехта выдае сябе за гэты кантакт.</translation>
    </message>
    <message>
        <source>The card file could not be read.</source>
        <translation>Файл карткі не атрымалася прачытаць.</translation>
    </message>
    <message>
        <source>The card could not be used ({kind}).</source>
        <translation>Картку не атрымалася выкарыстаць ({kind}).</translation>
    </message>
    <message>
        <source>No contact was added.</source>
        <translation>Кантакт не дададзены.</translation>
    </message>
    <message>
        <source>This vault is on a read-only disk or in a folder you cannot write to: you can search and read, but not change it. Copy the vault folder to a writable place to change it.</source>
        <translation>Гэтае сховішча на дыску толькі для чытання ці ў папцы, куды вам нельга пісаць: у ім можна шукаць і чытаць, але не змяняць. Каб змяняць, скапіруйце папку сховішча ў месца, дзе можна пісаць.</translation>
    </message>
    <message>
        <source>The search index is being prepared; try again in a moment.</source>
        <translation>Пошукавы індэкс рыхтуецца; паспрабуйце зноў праз хвіліну.</translation>
    </message>
    <message>
        <source>The disk refused to read or write (it may be full, read-only or removed). What was saved before is safe.</source>
        <translation>Дыск не даў прачытаць ці запісаць (ён можа быць поўны, толькі для чытання ці выняты). Тое, што было захавана раней, у бяспецы.</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>No document selected</source>
        <extracomment>&quot;Add spelling of a name…&quot; was chosen on this selected word.</extracomment>
        <translation>Дакумент не выбраны</translation>
    </message>
    <message>
        <source>Add spelling of a name…</source>
        <translation>Дадаць напісанне імя…</translation>
    </message>
    <message>
        <source>Hit {n} of {total}</source>
        <translation>Супадзенне {n} з {total}</translation>
    </message>
    <message>
        <source>◀ Previous hit</source>
        <translation>◀ Папярэдняе</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Папярэдняе супадзенне (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Папярэдняе супадзенне</translation>
    </message>
    <message>
        <source>Next hit ▶</source>
        <translation>Наступнае ▶</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Наступнае супадзенне (F3)</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Наступнае супадзенне</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Змяніць звесткі…</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Тэкст дакумента</translation>
    </message>
</context>
<context>
    <name>ReceiveWizard</name>
    <message>
        <source>Checking the bundle: opening it, checking the signature and every part. Nothing in your vault changes yet.</source>
        <translation>Пакет правяраецца: адкрыццё, праверка подпісу і кожнай часткі. У вашым сховішчы пакуль нічога не змяняецца.</translation>
    </message>
    <message>
        <source>Receiving. Everything is added at the end, all at once, or nothing.</source>
        <translation>Прыём. Усё дадаецца ў канцы, разам, або нічога.</translation>
    </message>
    <message>
        <source>Choose the bundle file first.</source>
        <translation>Спачатку выберыце файл пакета.</translation>
    </message>
    <message>
        <source>You received this bundle before. Receiving it again changes nothing.</source>
        <translation>Вы ўжо атрымлівалі гэты пакет. Паўторны прыём нічога не зменіць.</translation>
    </message>
    <message>
        <source>The person who signed this bundle is not among your contacts. Receive it only if you know who gave it to you; better, add their card and compare fingerprints first.</source>
        <translation>Чалавека, які падпісаў гэты пакет, няма сярод вашых кантактаў. Прымайце пакет, толькі калі ведаеце, хто вам яго даў; лепш спачатку дадайце яго картку і зверце адбіткі.</translation>
    </message>
    <message>
        <source>You have not compared fingerprints with this contact yet. Compare them (Exchange → Contacts) to be sure the bundle is really from them.</source>
        <translation>Вы яшчэ не звяралі адбіткі з гэтым кантактам. Зверце іх (Абмен → Кантакты), каб быць упэўненымі, што пакет сапраўды ад яго.</translation>
    </message>
    <message>
        <source>This bundle is older than one you already received from this person. It may be an old copy sent again.</source>
        <translation>Гэты пакет старэйшы за той, што вы ўжо атрымалі ад гэтага чалавека. Магчыма, гэта старая копія, дасланая зноў.</translation>
    </message>
    <message>
        <source>If you receive it, this bundle will change:</source>
        <translation>Калі вы яго прымеце, гэты пакет зменіць:</translation>
    </message>
    <message>
        <source>new documents: {n}</source>
        <translation>новыя дакументы: {n}</translation>
    </message>
    <message>
        <source>updated documents: {n}</source>
        <translation>абноўленыя дакументы: {n}</translation>
    </message>
    <message>
        <source>already here (no change): {n}</source>
        <translation>ужо ёсць (без змен): {n}</translation>
    </message>
    <message>
        <source>conflicting edits (you choose later): {n}</source>
        <translation>супярэчлівыя праўкі (вы выберыце пазней): {n}</translation>
    </message>
    <message>
        <source>You received this bundle before; nothing was changed.</source>
        <translation>Вы ўжо атрымлівалі гэты пакет; нічога не змянілася.</translation>
    </message>
    <message>
        <source>The bundle from {name} was received.</source>
        <translation>Пакет ад {name} прыняты.</translation>
    </message>
    <message>
        <source>New documents: {n}</source>
        <translation>Новыя дакументы: {n}</translation>
    </message>
    <message>
        <source>Updated documents: {n}</source>
        <translation>Абноўленыя дакументы: {n}</translation>
    </message>
    <message>
        <source>Already here: {n}</source>
        <translation>Ужо ёсць: {n}</translation>
    </message>
    <message>
        <source>Conflicting edits: {n}</source>
        <translation>Супярэчлівыя праўкі: {n}</translation>
    </message>
    <message>
        <source>Some documents were edited both here and by the sender. Your version is kept for now; choose which to keep in Exchange → Conflicts.</source>
        <translation>Некаторыя дакументы змянялі і тут, і ў адпраўніка. Пакуль пакінута ваша версія; выберыце, якую пакінуць, у Абмен → Канфлікты.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Спыняецца…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасавана</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Адхілена</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <source>Step 1: choose the bundle</source>
        <translation>Крок 1: выберыце пакет</translation>
    </message>
    <message>
        <source>Step 2: checking</source>
        <translation>Крок 2: праверка</translation>
    </message>
    <message>
        <source>Step 3: who sent it and what it changes</source>
        <translation>Крок 3: хто даслаў і што зменіцца</translation>
    </message>
    <message>
        <source>Step 4: receiving</source>
        <translation>Крок 4: прыём</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>Прыняць пакет</translation>
    </message>
    <message>
        <source>Choose the bundle file (it ends in .letapis-bundle, or .001 for a bundle in several files), or drop it on the window. It is checked completely before anything in your vault changes.</source>
        <translation>Выберыце файл пакета (ён заканчваецца на .letapis-bundle, або на .001, калі пакет з некалькіх файлаў) ці перацягніце яго ў акно. Ён цалкам правяраецца, перш чым у вашым сховішчы нешта зменіцца.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Агляд…</translation>
    </message>
    <message>
        <source>The bundle is intact. It was signed by:</source>
        <translation>Пакет цэлы. Яго падпісаў:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Падпісаў:</translation>
    </message>
    <message>
        <source>Who this is:</source>
        <translation>Хто гэта:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Адбітак:</translation>
    </message>
    <message>
        <source>I know who gave me this bundle; receive it anyway</source>
        <translation>Я ведаю, хто даў мне гэты пакет; прыняць яго ўсё роўна</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Receive adds everything at once, or nothing.</source>
        <translation>Пакуль нічога не змянілася. «Прыняць» дадае ўсё адразу або нічога.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход працы</translation>
    </message>
    <message>
        <source>&amp;Check the bundle</source>
        <translation>&amp;Праверыць пакет</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>П&amp;рыняць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Зачыніць</translation>
    </message>
    <message>
        <source>Choose &amp;versions…</source>
        <translation>Выбраць &amp;версіі…</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Выберыце пакет</translation>
    </message>
    <message>
        <source>Letapis bundles (*.letapis-bundle *.letapis-bundle.001);;All files (*)</source>
        <translation>Пакеты Letapis (*.letapis-bundle *.letapis-bundle.001);;Усе файлы (*)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ аднаўлення</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back into the vault. Write it on paper now and keep the paper apart from this computer. It is shown only this once.</source>
        <translation>Калі вы забудзеце пароль-фразу, гэты ключ — адзіны спосаб вярнуцца ў сховішча. Запішыце яго на паперу зараз і трымайце паперу асобна ад гэтага камп’ютара. Ён паказваецца толькі адзін раз.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ аднаўлення</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Я яго &amp;запісаў(-ла)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Далей</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(без назвы)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation>Як у сістэме</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Цёмная</translation>
    </message>
    <message>
        <source>Remember recently opened vaults on this computer</source>
        <translation>Памятаць нядаўна адкрытыя сховішчы на гэтым камп’ютары</translation>
    </message>
    <message>
        <source>Off by default: a list of recent vaults tells anyone who looks at this computer where your vaults are.</source>
        <translation>Па змаўчанні выключана: спіс нядаўніх сховішчаў паказвае кожнаму, хто зазірне ў гэты камп’ютар, дзе вашыя сховішчы.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle (minutes, 0 = never):</source>
        <translation>&amp;Замыкаць пасля бяздзейнасці (хвіліны, 0 = ніколі):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тэма:</translation>
    </message>
    <message>
        <source>Lock after idle, minutes</source>
        <translation>Замыкаць пасля бяздзейнасці, хвіліны</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тэма</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Спачатку ўвядзіце пароль-фразу.</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Адамкнуць сховішча</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>Сховішча: {name}</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>Пароль-&amp;фраза ці ключ аднаўлення:</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Пароль-фраза ці ключ аднаўлення</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Паказаць ці схаваць пароль-фразу</translation>
    </message>
    <message>
        <source>Unlocking takes a moment: the key is made slow to guess on purpose.</source>
        <translation>Адмыканне займае момант: ключ наўмысна зроблены павольным для падбору.</translation>
    </message>
    <message>
        <source>This is the demo vault. Its passphrase is: {p}</source>
        <translation>Гэта дэманстрацыйнае сховішча. Яго пароль-фраза: {p}</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Адмыкаем…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Адамкнуць</translation>
    </message>
    <message>
        <source>&amp;Other vault</source>
        <translation>&amp;Іншае сховішча</translation>
    </message>
</context>
<context>
    <name>VariantsDialog</name>
    <message>
        <source>(no groups of your own yet)</source>
        <translation>(уласных груп пакуль няма)</translation>
    </message>
    <message>
        <source>Write at least two spellings of the same name, separated by commas.</source>
        <translation>Напішыце хаця б два напісанні аднаго імя праз коску.</translation>
    </message>
    <message>
        <source>Spellings of names</source>
        <translation>Напісанні імёнаў</translation>
    </message>
    <message>
        <source>Letapis already finds many names in every spelling (Lukashenka, Лукашенко, Łukašenka). Add the names it does not know: the spellings in one group are found together, whichever one you search for.</source>
        <translation>Letapis ужо знаходзіць шмат імёнаў у любым напісанні (Lukashenka, Лукашенко, Łukašenka). Дадайце імёны, якіх ён не ведае: напісанні з адной групы знаходзяцца разам, якое б з іх вы ні шукалі.</translation>
    </message>
    <message>
        <source>Groups of spellings added in this vault</source>
        <translation>Групы напісанняў, дададзеныя ў гэтым сховішчы</translation>
    </message>
    <message>
        <source>&amp;New group (spellings separated by commas):</source>
        <translation>&amp;Новая група (напісанні праз коску):</translation>
    </message>
    <message>
        <source>e.g. Зміцер, Змитер, Dzmitry, Dmitry</source>
        <translation>напрыклад: Зміцер, Змитер, Dzmitry, Dmitry</translation>
    </message>
    <message>
        <source>New group of spellings</source>
        <translation>Новая група напісанняў</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Дадаць групу</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Выдаліць групу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Зачыніць</translation>
    </message>
</context>
<context>
    <name>VaultView</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n дакумент</numerusform>
            <numerusform>%n дакументы</numerusform>
            <numerusform>%n дакументаў</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean {link}?</source>
        <extracomment>Milliseconds of quiet typing before a search starts. The person asked to add a spelling of this name (from the reader).</extracomment>
        <translation>Магчыма, вы мелі на ўвазе {link}?</translation>
    </message>
    <message>
        <source>titles only: the search index is being prepared</source>
        <translation>толькі назвы: пошукавы індэкс рыхтуецца</translation>
    </message>
    <message>
        <source>The vault is empty. Import documents with “Import…” or drop files here.</source>
        <translation>Сховішча пустое. Імпартуйце дакументы праз «Імпарт…» ці перацягніце файлы сюды.</translation>
    </message>
    <message>
        <source>Nothing found. Try other words or fewer filters.</source>
        <translation>Нічога не знойдзена. Паспрабуйце іншыя словы ці менш фільтраў.</translation>
    </message>
    <message>
        <source>All documents ({n})</source>
        <translation>Усе дакументы ({n})</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Калекцыі</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тэгі</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пакуль няма)</translation>
    </message>
    <message>
        <source>Attachments ({n})</source>
        <translation>Файлы ({n})</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Звесткі</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Паходжанне</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Нічога не запісана.</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Ідэнтыфікатар дакумента</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>Журнал захоўвання</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>marked sensitive</source>
        <translation>пазначана як адчувальнае</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Любы від</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любая мова</translation>
    </message>
    <message>
        <source>Any collection</source>
        <translation>Любая калекцыя</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любы тэг</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Любы год</translation>
    </message>
    <message>
        <source>Search names and words…</source>
        <translation>Шукаць імёны і словы…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Type a name in any spelling (Лукашенко, Lukashenka, Łukašenka), words, or &quot;an exact phrase&quot; in quotes. Results appear as you type. (Ctrl+F)</source>
        <translation>Увядзіце імя ў любым напісанні (Лукашенко, Lukashenka, Łukašenka), словы ці &quot;дакладную фразу&quot; ў двукоссі. Вынікі з’яўляюцца, пакуль вы пішаце. (Ctrl+F)</translation>
    </message>
    <message>
        <source>E&amp;xact</source>
        <translation>&amp;Дакладна</translation>
    </message>
    <message>
        <source>Only the spelling you typed, no name variants</source>
        <translation>Толькі тое напісанне, што вы ўвялі, без варыянтаў імёнаў</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Спачатку найлепшыя</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Спачатку навейшыя</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>Парадак вынікаў</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Вынікі</translation>
    </message>
    <message>
        <source>Collections and tags</source>
        <translation>Калекцыі і тэгі</translation>
    </message>
    <message>
        <source>Details, provenance and custody log</source>
        <translation>Звесткі, паходжанне і журнал захоўвання</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фільтры</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Скінуць &amp;фільтры</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Чытаць</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Звесткі</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Compare fingerprints</source>
        <translation>Звярка адбіткаў</translation>
    </message>
    <message>
        <source>Meet {name} in person or call them on a line you trust. Ask them to open “Your identity” in Letapis and read their fingerprint aloud, group by group, while you read along below (or compare the QR codes side by side). Every number must be the same.</source>
        <translation>Сустрэньцеся з {name} асабіста або патэлефануйце па лініі, якой давяраеце. Папрасіце адкрыць «Ваш профіль» у Letapis і прачытаць адбітак уголас, група за групай, пакуль вы чытаеце ніжэй (або параўнайце QR-коды побач). Кожны лік павінен супадаць.</translation>
    </message>
    <message>
        <source>Their fingerprint</source>
        <translation>Іх адбітак</translation>
    </message>
    <message>
        <source>QR code of their card</source>
        <translation>QR-код іх карткі</translation>
    </message>
    <message>
        <source>If even one number differs, do not mark this contact verified: the card may not be theirs.</source>
        <translation>Калі хоць адзін лік адрозніваецца, не пазначайце кантакт як пацверджаны: картка можа быць не іх.</translation>
    </message>
    <message>
        <source>They match: add as verified</source>
        <translation>Супадаюць: дадаць як пацверджаны</translation>
    </message>
    <message>
        <source>They match: verified</source>
        <translation>Супадаюць: пацвердзіць</translation>
    </message>
    <message>
        <source>Add, compare later</source>
        <translation>Дадаць, зверыць пазней</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Choose the vault folder</source>
        <extracomment>The weakest passphrase score accepted for a new vault (0..4).</extracomment>
        <translation>Выберыце папку сховішча</translation>
    </message>
    <message>
        <source>Letapis</source>
        <translation>Летапіс</translation>
    </message>
    <message>
        <source>An encrypted archive for statements, letters and evidence. Everything stays on this computer and can only be read with your passphrase.</source>
        <translation>Зашыфраваны архіў для заяваў, лістоў і доказаў. Усё застаецца на гэтым камп’ютары, і прачытаць гэта можна толькі з вашай пароль-фразай.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Стварыць новае сховішча…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Стварыць новае сховішча</translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>&amp;Адкрыць сховішча…</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Адкрыць існае сховішча</translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation>Нядаўна адкрытыя:</translation>
    </message>
    <message>
        <source>Recently opened vaults</source>
        <translation>Нядаўна адкрытыя сховішчы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Мова праграмы</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <source>A bundle is an encrypted, signed file for the contacts you choose. Send:</source>
        <translation>Пакет — гэта зашыфраваны падпісаны файл для выбраных вамі кантактаў. Адправіць:</translation>
    </message>
    <message>
        <source>Everything &amp;new since our last exchange</source>
        <translation>Усё &amp;новае з нашага апошняга абмену</translation>
    </message>
    <message>
        <source>&amp;Everything in the vault</source>
        <translation>&amp;Усё ў сховішчы</translation>
    </message>
    <message>
        <source>(filters only)</source>
        <translation>(толькі фільтры)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
    <message>
        <source>The current &amp;search: {query}</source>
        <translation>Бягучы &amp;пошук: {query}</translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>&amp;Калекцыю:</translation>
    </message>
    <message>
        <source>Chosen &amp;documents (tick them below):</source>
        <translation>Выбраныя &amp;дакументы (адзначце ніжэй):</translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>One file (no splitting)</source>
        <extracomment>Room kept free besides the bundle (temporary names, the file system&apos;s own needs).</extracomment>
        <translation>Адзін файл (без падзелу)</translation>
    </message>
    <message>
        <source>Below 4 GiB (fits any USB stick)</source>
        <translation>Меней за 4 ГіБ (падыходзіць для любой флешкі)</translation>
    </message>
    <message>
        <source>2 GiB</source>
        <translation>2 ГіБ</translation>
    </message>
    <message>
        <source>1 GiB</source>
        <translation>1 ГіБ</translation>
    </message>
    <message>
        <source>650 MiB (fits a CD)</source>
        <translation>650 МіБ (змяшчаецца на CD)</translation>
    </message>
    <message>
        <source>100 MiB (for e-mail or slow links)</source>
        <translation>100 МіБ (для пошты або павольнай сувязі)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невядома</translation>
    </message>
    <message>
        <source>This is a FAT disk (most USB sticks): no file may be 4 GiB or larger, so large bundles are split into several files.</source>
        <translation>Гэта дыск FAT (большасць флешак): файл не можа быць 4 ГіБ або большым, таму вялікія пакеты дзеляцца на некалькі файлаў.</translation>
    </message>
    <message>
        <source>File system: {fs}.</source>
        <translation>Файлавая сістэма: {fs}.</translation>
    </message>
    <message>
        <source>The kind of disk is unknown, so large bundles are split below 4 GiB to be safe.</source>
        <translation>Тып дыска невядомы, таму вялікія пакеты дзеляцца на часткі меней за 4 ГіБ, каб было надзейна.</translation>
    </message>
    <message>
        <source>Free space: {free}.</source>
        <translation>Вольнае месца: {free}.</translation>
    </message>
    <message>
        <source>Choose the folder to write to, for example your USB stick.</source>
        <translation>Выберыце папку для запісу, напрыклад вашу флешку.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Імя файла:</translation>
    </message>
    <message>
        <source>&amp;Split into files of:</source>
        <translation>&amp;Дзяліць на файлы па:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Агляд…</translation>
    </message>
    <message>
        <source>Choose where to write the bundle</source>
        <translation>Выберыце, куды запісаць пакет</translation>
    </message>
</context>
</TS>
