<?xml version='1.0' encoding='utf-8'?>
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
        <source>Not imported: {file}: {reason}</source>
        <translation>Не імпартаваны: {file}: {reason}</translation>
    </message>
    <message>
        <source>Kept without text: {file}: {reason}</source>
        <translation>Захаваны без тэксту: {file}: {reason}</translation>
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
        <source>Importing. The window stays usable; searching and reading wait until the import is done.</source>
        <translation>Ідзе імпарт. Акно застаецца даступным; пошук і чытанне пачакаюць, пакуль імпарт скончыцца.</translation>
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
        <translation><numerusform>Знойдзена %n праблема. Пашкоджаныя запісы нельга прачытаць; усё астатняе ў бяспецы.</numerusform><numerusform>Знойдзена %n праблемы. Пашкоджаныя запісы нельга прачытаць; усё астатняе ў бяспецы.</numerusform><numerusform>Знойдзена %n праблем. Пашкоджаныя запісы нельга прачытаць; усё астатняе ў бяспецы.</numerusform></translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Праверыць сховішча</translation>
    </message>
    <message>
        <source>The search index is being rebuilt; searching may be slow for a moment.</source>
        <translation>Пошукавы індэкс перабудоўваецца; пошук можа крыху запавольвацца.</translation>
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
    <name>ReaderPane</name>
    <message>
        <source>No document selected</source>
        <translation>Дакумент не выбраны</translation>
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
    <name>VaultView</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <extracomment>Milliseconds of quiet typing before a search starts.</extracomment>
        <translation><numerusform>%n дакумент</numerusform><numerusform>%n дакументы</numerusform><numerusform>%n дакументаў</numerusform></translation>
    </message>
    <message>
        <source>Did you mean {link}?</source>
        <translation>Магчыма, вы мелі на ўвазе {link}?</translation>
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
        <source>Type a name in any spelling (Лукашенко, Lukashenka, Łukašenka), words, or "an exact phrase" in quotes. Results appear as you type. (Ctrl+F)</source>
        <translation>Увядзіце імя ў любым напісанні (Лукашенко, Lukashenka, Łukašenka), словы ці "дакладную фразу" ў двукоссі. Вынікі з’яўляюцца, пакуль вы пішаце. (Ctrl+F)</translation>
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
</TS>