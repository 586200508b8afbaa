<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Letapis</source>
        <translation>О программе «Летапис»</translation>
    </message>
    <message>
        <source>Letapis</source>
        <translation>Летапис</translation>
    </message>
    <message>
        <source>An offline, encrypted archive for statements, letters and evidence of the Belarusian democratic movement.</source>
        <translation>Зашифрованный архив без сети для заявлений, писем и доказательств белорусского демократического движения.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: there is no server and no network. Everything in a vault is encrypted with your passphrase.</source>
        <translation>Ничто не покидает этот компьютер: нет ни сервера, ни сети. Всё в хранилище зашифровано вашей кодовой фразой.</translation>
    </message>
    <message>
        <source>Licence: Apache 2.0.</source>
        <translation>Лицензия: Apache 2.0.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <source> (original)</source>
        <extracomment>Attachments above this size are not loaded into memory for a preview.</extracomment>
        <translation> (оригинал)</translation>
    </message>
    <message>
        <source>This document has no attachments.</source>
        <translation>У этого документа нет вложений.</translation>
    </message>
    <message>
        <source>Choose an attachment to preview it.</source>
        <translation>Выберите вложение, чтобы его просмотреть.</translation>
    </message>
    <message>
        <source>This kind of file cannot be previewed here.</source>
        <translation>Файл такого вида здесь просмотреть нельзя.</translation>
    </message>
    <message>
        <source>This file is too large to preview.</source>
        <translation>Этот файл слишком велик для просмотра.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Это изображение невозможно показать.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Этот PDF невозможно показать.</translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation>Документ не выбран</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Attachment text</source>
        <translation>Текст вложения</translation>
    </message>
    <message>
        <source>Attachment image</source>
        <translation>Изображение вложения</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>Играть / Пауза</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>attachments only</source>
        <translation>только вложения</translation>
    </message>
    <message>
        <source>{title} — from {name}, {date} — differs in: {fields}</source>
        <translation>{title} — от {name}, {date} — отличается: {fields}</translation>
    </message>
    <message>
        <source>Their version (from {name})</source>
        <translation>Их версия (от {name})</translation>
    </message>
    <message>
        <source>This version cannot be read.</source>
        <translation>Эту версию нельзя прочитать.</translation>
    </message>
    <message>
        <source>Settled: your version was kept.</source>
        <translation>Решено: оставлена ваша версия.</translation>
    </message>
    <message>
        <source>Settled: their version was taken.</source>
        <translation>Решено: принята их версия.</translation>
    </message>
    <message>
        <source>Settled: your version was kept and theirs was added as a new document.</source>
        <translation>Решено: ваша версия оставлена, а их добавлена как новый документ.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>These documents were edited both here and by a contact. Fields that differ are marked. Choose which version to keep; either way, files attached to either version stay with the document.</source>
        <translation>Эти документы изменяли и здесь, и у контакта. Поля, которые отличаются, отмечены. Выберите, какую версию оставить; в любом случае файлы обеих версий остаются с документом.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;мою</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Взять &amp;их</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Оставить &amp;обе</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Их версия</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>✔ verified</source>
        <translation>✔ подтверждён</translation>
    </message>
    <message>
        <source>⚠ not verified</source>
        <translation>⚠ не подтверждён</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>{name} was added and verified.</source>
        <translation>{name}: добавлен и подтверждён.</translation>
    </message>
    <message>
        <source>{name} was added. Compare fingerprints before you trust bundles.</source>
        <translation>{name}: добавлен. Сверьте отпечатки, прежде чем доверять пакетам.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Удалить контакт</translation>
    </message>
    <message>
        <source>Remove {name}? Bundles they send will then be refused. You can add their card again later.</source>
        <translation>Удалить контакт {name}? Пакеты от него после этого будут отклоняться. Вы можете добавить его карточку снова позже.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Your contacts are the people whose bundles this vault accepts and for whom you can make bundles. Add someone from their card file (or drop the file here), then compare fingerprints with them in person.</source>
        <translation>Ваши контакты — люди, чьи пакеты это хранилище принимает и для которых вы можете делать пакеты. Добавьте человека из файла его карточки (или перетащите файл сюда), затем лично сверьте с ним отпечатки.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Последний обмен</translation>
    </message>
    <message>
        <source>No contacts yet. Add a card to begin.</source>
        <translation>Контактов пока нет. Добавьте карточку, чтобы начать.</translation>
    </message>
    <message>
        <source>&amp;Add from a card…</source>
        <translation>&amp;Добавить из карточки…</translation>
    </message>
    <message>
        <source>&amp;Compare fingerprints…</source>
        <translation>&amp;Сверить отпечатки…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose a contact card</source>
        <translation>Выберите карточку контакта</translation>
    </message>
    <message>
        <source>Letapis cards (*.letapis-card);;All files (*)</source>
        <translation>Карточки Letapis (*.letapis-card);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>Где хранить хранилище</translation>
    </message>
    <message>
        <source>Very weak: anyone could guess it.</source>
        <translation>Очень слабая: её может угадать кто угодно.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>Слабая: добавьте ещё слова.</translation>
    </message>
    <message>
        <source>Fair: acceptable, but more words would be safer.</source>
        <translation>Средняя: допустимо, но с бо́льшим числом слов было бы надёжнее.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Очень надёжная.</translation>
    </message>
    <message>
        <source>Tip: four or more ordinary words that have nothing to do with each other make a passphrase that is strong and easy to remember.</source>
        <translation>Совет: четыре или больше обычных слов, никак не связанных между собой, дают кодовую фразу, надёжную и лёгкую для запоминания.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Введите кодовую фразу.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Две кодовые фразы не совпадают.</translation>
    </message>
    <message>
        <source>This passphrase is too weak; add more words.</source>
        <translation>Эта кодовая фраза слишком слабая; добавьте слова.</translation>
    </message>
    <message>
        <source>The folder does not exist; choose another.</source>
        <translation>Такой папки нет; выберите другую.</translation>
    </message>
    <message>
        <source>Something with this name is already there; choose another name.</source>
        <translation>Там уже есть что-то с таким именем; выберите другое имя.</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Создать новое хранилище</translation>
    </message>
    <message>
        <source>The vault is a folder that holds your documents, encrypted. Choose a passphrase you will remember: without it (or the recovery key) nobody can open the vault — not even us.</source>
        <translation>Хранилище — это папка, где ваши документы хранятся в зашифрованном виде. Выберите кодовую фразу, которую вы запомните: без неё (или ключа восстановления) хранилище не откроет никто — даже мы.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Кодовая &amp;фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность кодовой фразы</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Кодовая фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Кодовая фраза ещё раз</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Показать или скрыть кодовую фразу</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Создаётся хранилище…</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Not set</source>
        <extracomment>Fields that can be marked sensitive (left out of exports that protect sources).</extracomment>
        <translation>Не задан</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Изменить сведения</translation>
    </message>
    <message>
        <source>Sensitive:</source>
        <translation>Конфиденциально:</translation>
    </message>
    <message>
        <source>Sensitive fields can be left out when sharing, to protect sources.</source>
        <translation>Конфиденциальные поля можно не передавать при обмене, чтобы защитить источники.</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Разделяйте метки запятыми.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Заголовок не может быть пустым.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD (or just the year).</source>
        <translation>Пишите дату как ГГГГ-ММ-ДД (или только год).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot unlock: the passphrase or recovery key is not right. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Не удалось отпереть: кодовая фраза или ключ восстановления неверны. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
    </message>
    <message>
        <source>This vault is already open in another Letapis window or program. Close it there first, then try again.</source>
        <translation>Это хранилище уже открыто в другом окне «Летаписа» или в другой программе. Сначала закройте его там, затем попробуйте снова.</translation>
    </message>
    <message>
        <source>The vault was locked. Unlock it again to continue.</source>
        <translation>Хранилище заперто. Отоприте его снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used: it must not be empty and must not contain tabs or other control characters.</source>
        <translation>Эту кодовую фразу нельзя использовать: она не может быть пустой и не может содержать табуляций или других управляющих символов.</translation>
    </message>
    <message>
        <source>Some data could not be read: it is damaged or was changed. Nothing else was touched. Use “Check the vault” to see what is affected.</source>
        <translation>Часть данных не удалось прочитать: они повреждены или изменены. Ничего другого не затронуто. Воспользуйтесь «Проверить хранилище», чтобы увидеть, что затронуто.</translation>
    </message>
    <message>
        <source>It is not there: the vault or the document could not be found.</source>
        <translation>Этого нет: хранилище или документ не найдены.</translation>
    </message>
    <message>
        <source>This file or vault is of a format this version of Letapis cannot read.</source>
        <translation>Этот файл или хранилище в формате, который эта версия «Летаписа» не читает.</translation>
    </message>
    <message>
        <source>The bundle was refused; nothing in the vault was changed.</source>
        <translation>Пакет отклонён; в хранилище ничего не изменилось.</translation>
    </message>
    <message>
        <source>The disk refused to read or write (it may be full, read-only or removed). What was saved before is safe.</source>
        <translation>Диск не дал прочитать или записать (он может быть заполнен, только для чтения или извлечён). То, что было сохранено раньше, в безопасности.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменилось.</translation>
    </message>
    <message>
        <source>This could not be done. What was saved before is safe.</source>
        <translation>Это не удалось сделать. То, что было сохранено раньше, в безопасности.</translation>
    </message>
    <message>
        <source>There is not enough free memory. Close other programs and try again.</source>
        <translation>Не хватает свободной памяти. Закройте другие программы и попробуйте снова.</translation>
    </message>
    <message>
        <source>Something went wrong inside Letapis ({kind}). What was saved before is safe.</source>
        <translation>Внутри «Летаписа» что-то пошло не так ({kind}). То, что было сохранено раньше, в безопасности.</translation>
    </message>
    <message>
        <source>Letapis</source>
        <translation>Летапис</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Сообщение об ошибке</translation>
    </message>
    <message>
        <source>Letapis met an unexpected problem ({kind}). Your saved documents are safe. If it happens again, please tell the people who gave you Letapis what you were doing; this message contains no document content.</source>
        <translation>«Летапис» столкнулся с неожиданной проблемой ({kind}). Ваши сохранённые документы в безопасности. Если это повторится, расскажите людям, которые дали вам «Летапис», что вы делали; в этом сообщении нет содержимого документов.</translation>
    </message>
    <message>
        <source>Letapis: unexpected problem</source>
        <translation>«Летапис»: неожиданная проблема</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>bytes</source>
        <extracomment>Files on FAT32 must stay below 4 GiB. Bundle file suffix (exchange/volumes.py) and card suffix people see on the stick.</extracomment>
        <translation>байт</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>КиБ</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>МиБ</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>ГиБ</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>ТиБ</translation>
    </message>
    <message>
        <source>a verified contact (you compared fingerprints)</source>
        <translation>подтверждённый контакт (вы сверили отпечатки)</translation>
    </message>
    <message>
        <source>a contact whose fingerprint you have not compared yet</source>
        <translation>контакт, с которым вы ещё не сверили отпечаток</translation>
    </message>
    <message>
        <source>someone who is NOT among your contacts</source>
        <translation>человек, которого НЕТ среди ваших контактов</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>E&amp;xchange</source>
        <extracomment>A dialog changed the vault&apos;s documents (received, resolved): the view refreshes.</extracomment>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <source>Your &amp;identity…</source>
        <translation>Ваш &amp;профиль…</translation>
    </message>
    <message>
        <source>Your name, fingerprint, QR code and card</source>
        <translation>Ваше имя, отпечаток, QR-код и карточка</translation>
    </message>
    <message>
        <source>&amp;Contacts…</source>
        <translation>&amp;Контакты…</translation>
    </message>
    <message>
        <source>&amp;Send a bundle…</source>
        <translation>&amp;Отправить пакет…</translation>
    </message>
    <message>
        <source>Write an encrypted bundle for contacts, e.g. to a USB stick</source>
        <translation>Записать зашифрованный пакет для контактов, например на флешку</translation>
    </message>
    <message>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Принять пакет…</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>К&amp;онфликты…</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Tick at least one document.</source>
        <translation>Отметьте хотя бы один документ.</translation>
    </message>
    <message>
        <source>Choose at least one contact.</source>
        <translation>Выберите хотя бы один контакт.</translation>
    </message>
    <message>
        <source>⚠ not verified: fingerprint not compared</source>
        <translation>⚠ не подтверждён: отпечаток не сверен</translation>
    </message>
    <message>
        <source>You have no contacts yet. Add a contact&apos;s card first (Exchange menu).</source>
        <translation>У вас пока нет контактов. Сначала добавьте карточку контакта (меню «Обмен»).</translation>
    </message>
    <message>
        <source>⚠ You have not compared fingerprints with: {names}. If their card was replaced on the way, someone else could read this bundle. Compare fingerprints first (Exchange → Contacts) if you can.</source>
        <translation>⚠ Вы не сверяли отпечатки с: {names}. Если их карточку подменили в пути, этот пакет мог бы прочитать кто-то другой. Если можете, сначала сверьте отпечатки (Обмен → Контакты).</translation>
    </message>
    <message>
        <source>Choose a folder that exists (e.g. your USB stick).</source>
        <translation>Выберите существующую папку (например, вашу флешку).</translation>
    </message>
    <message>
        <source>Give the bundle a file name.</source>
        <translation>Дайте пакету имя файла.</translation>
    </message>
    <message>
        <source>There is nothing to export for that choice.</source>
        <translation>Для такого выбора нечего экспортировать.</translation>
    </message>
    <message>
        <source>There is not enough free space here: about {need} are needed, {free} are free. Choose another disk or export less.</source>
        <translation>Здесь недостаточно свободного места: нужно около {need}, свободно {free}. Выберите другой диск или экспортируйте меньше.</translation>
    </message>
    <message>
        <source>Checking what to export…</source>
        <translation>Проверяется, что экспортировать…</translation>
    </message>
    <message>
        <source>Writing the bundle, then reading it back to check it. You can cancel; a cancelled bundle leaves no file behind.</source>
        <translation>Пакет записывается, затем читается заново для проверки. Можно отменить; отменённый пакет не оставляет файлов.</translation>
    </message>
    <message>
        <source>Cancelled. No bundle was written.</source>
        <translation>Отменено. Пакет не записан.</translation>
    </message>
    <message>
        <source>There is nothing new to send for that choice. No bundle was written.</source>
        <translation>Для такого выбора нет ничего нового для отправки. Пакет не записан.</translation>
    </message>
    <message>
        <source>No bundle was written: {reason}</source>
        <translation>Пакет не записан: {reason}</translation>
    </message>
    <message>
        <source>The bundle was written and checked: it was read back from the disk, its signature and every part are correct.</source>
        <translation>Пакет записан и проверен: его прочитали с диска заново, подпись и все части верны.</translation>
    </message>
    <message>
        <source>Files (copy all of them, keep them in one folder):</source>
        <translation>Файлы (копируйте все, держите их в одной папке):</translation>
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
        <translation>Размер: {size}</translation>
    </message>
    <message>
        <source>For: {names}</source>
        <translation>Для: {names}</translation>
    </message>
    <message numerus="yes">
        <source>Contains %n document(s)</source>
        <translation>
            <numerusform>Содержит %n документ</numerusform>
            <numerusform>Содержит %n документа</numerusform>
            <numerusform>Содержит %n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n вложенный файл</numerusform>
            <numerusform>%n вложенных файла</numerusform>
            <numerusform>%n вложенных файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources protected: sensitive fields and locations left out.</source>
        <translation>Источники защищены: чувствительные поля и местоположения исключены.</translation>
    </message>
    <message>
        <source>Left out to protect sources: {fields}.</source>
        <translation>Исключено для защиты источников: {fields}.</translation>
    </message>
    <message numerus="yes">
        <source>Locations removed: %n item(s).</source>
        <translation>
            <numerusform>Удалено местоположений: %n.</numerusform>
            <numerusform>Удалено местоположений: %n.</numerusform>
            <numerusform>Удалено местоположений: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the people named above (and you) can open it.</source>
        <translation>Открыть его могут только названные выше люди (и вы).</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Останавливается…</translation>
    </message>
    <message>
        <source>Step 1 of 3: what to send</source>
        <translation>Шаг 1 из 3: что отправить</translation>
    </message>
    <message>
        <source>Step 2 of 3: to whom</source>
        <translation>Шаг 2 из 3: кому</translation>
    </message>
    <message>
        <source>Step 3 of 3: where to write it</source>
        <translation>Шаг 3 из 3: куда записать</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Запись пакета</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не сделано</translation>
    </message>
    <message>
        <source>Send a bundle</source>
        <translation>Отправить пакет</translation>
    </message>
    <message>
        <source>Only the contacts you tick (and you) will be able to open the bundle.</source>
        <translation>Открыть пакет смогут только отмеченные контакты (и вы).</translation>
    </message>
    <message>
        <source>&amp;Protect sources: leave out sensitive fields and locations</source>
        <translation>&amp;Защитить источники: исключить чувствительные поля и местоположения</translation>
    </message>
    <message>
        <source>Fields marked sensitive are left out, and locations (GPS) are removed from photos and metadata. The originals in your vault are not changed.</source>
        <translation>Поля, отмеченные как чувствительные, исключаются, а местоположения (GPS) удаляются из фото и метаданных. Оригиналы в вашем хранилище не меняются.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Write the bundle</source>
        <translation>&amp;Записать пакет</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>QR code of this vault&apos;s card</source>
        <translation>QR-код карточки этого хранилища</translation>
    </message>
    <message>
        <source>The name was changed. Give your contacts a new card so they see it too.</source>
        <translation>Имя изменено. Дайте контактам новую карточку, чтобы они тоже его видели.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Сохранить карточку</translation>
    </message>
    <message>
        <source>Letapis cards (*.letapis-card)</source>
        <translation>Карточки Letapis (*.letapis-card)</translation>
    </message>
    <message>
        <source>Your card was saved to {path}. It holds no secret: hand it over in person and compare the fingerprint aloud.</source>
        <translation>Ваша карточка сохранена в {path}. В ней нет секретов: передайте её лично и сверьте отпечаток вслух.</translation>
    </message>
    <message>
        <source>Save the secret key</source>
        <translation>Сохранить секретный ключ</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
    <message>
        <source>The secret key was written to {path}. Keep it safe and offline.</source>
        <translation>Секретный ключ записан в {path}. Храните его в безопасности и вне сети.</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Ваш профиль</translation>
    </message>
    <message>
        <source>Other people know this vault by its card. Give them your card (a file or the QR code) in person, then read the fingerprint aloud together: if every number matches, the card is really yours.</source>
        <translation>Другие люди узнают это хранилище по его карточке. Передайте им свою карточку (файл или QR-код) лично, затем прочитайте отпечаток вслух вместе: если все числа совпадают, карточка действительно ваша.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Name shown on your card</source>
        <translation>Имя на вашей карточке</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>Сохранить &amp;имя</translation>
    </message>
    <message>
        <source>Save the &amp;card to a file…</source>
        <translation>Сохранить &amp;карточку в файл…</translation>
    </message>
    <message>
        <source>Export the &amp;secret key…</source>
        <translation>Экспортировать &amp;секретный ключ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Guess from each file</source>
        <translation>Определить по каждому файлу</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Выберите файлы для импорта</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Выберите папку для импорта</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD (or just the year).</source>
        <translation>Пишите дату как ГГГГ-ММ-ДД (или только год).</translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>{done} из {total} файлов</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Останавливаемся после текущего файла…</translation>
    </message>
    <message>
        <source>Added: {n}</source>
        <translation>Добавлено: {n}</translation>
    </message>
    <message>
        <source>Already in the vault (skipped): {n}</source>
        <translation>Уже в хранилище (пропущено): {n}</translation>
    </message>
    <message>
        <source>Kept without text: {n}</source>
        <translation>Сохранено без текста: {n}</translation>
    </message>
    <message>
        <source>Could not be imported: {n}</source>
        <translation>Не удалось импортировать: {n}</translation>
    </message>
    <message>
        <source>Cancelled: the files not yet handled were left out.</source>
        <translation>Отменено: ещё не обработанные файлы не вошли.</translation>
    </message>
    <message>
        <source>Not imported: {problem}</source>
        <translation>Не импортировано: {problem}</translation>
    </message>
    <message>
        <source>Kept without text: {problem}</source>
        <translation>Сохранено без текста: {problem}</translation>
    </message>
    <message>
        <source>Imported, but: {problem}</source>
        <translation>Импортировано, но: {problem}</translation>
    </message>
    <message>
        <source>Importing. You can go on searching and reading meanwhile; new documents appear in the results as they are indexed.</source>
        <translation>Идёт импорт. Тем временем можно искать и читать; новые документы появляются в результатах, как только попадают в индекс.</translation>
    </message>
    <message>
        <source>Already in the vault: {file}</source>
        <translation>Уже в хранилище: {file}</translation>
    </message>
    <message>
        <source>Every file was imported.</source>
        <translation>Все файлы импортированы.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Ничего не добавлено.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <source>Drop files or folders here, or add them with the buttons. The original files are kept sealed in the vault; nothing is changed on the disk.</source>
        <translation>Перетащите сюда файлы или папки или добавьте их кнопками. Оригиналы хранятся в хранилище в зашифрованном виде; на диске ничего не меняется.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Файлы для импорта</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Добавить &amp;папку…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>For every imported document (optional):</source>
        <translation>Для каждого импортированного документа (необязательно):</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Разделяйте метки запятыми.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>KeyWarningDialog</name>
    <message>
        <source>Secret key: read this first</source>
        <extracomment>(title, suggested file name, filter) -&gt; chosen path or &quot;&quot; (tests replace it).</extracomment>
        <translation>Секретный ключ: сначала прочитайте</translation>
    </message>
    <message>
        <source>You are about to write this vault&apos;s SECRET key to a file. Anyone who gets this file can read every bundle ever sent to this vault.

Only do this to keep a way to open bundles with the standard “age” tool if Letapis is ever unavailable. Keep the file offline, on a medium you control, and never send it to anyone.</source>
        <translation>Вы собираетесь записать СЕКРЕТНЫЙ ключ этого хранилища в файл. Любой, кто получит этот файл, сможет прочитать все пакеты, когда-либо присланные этому хранилищу.

Делайте это только для того, чтобы иметь способ открыть пакеты стандартной программой «age», если Letapis вдруг будет недоступен. Храните файл вне сети, на носителе, который вы контролируете, и никому его не отправляйте.</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>Я понимаю риск</translation>
    </message>
    <message>
        <source>I understand: anyone holding this file can read bundles sent to me.</source>
        <translation>Я понимаю: любой, у кого есть этот файл, может прочитать пакеты, присланные мне.</translation>
    </message>
    <message>
        <source>Write the secret key…</source>
        <translation>Записать секретный ключ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Язык неизвестен</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Белорусский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Коллекция</translation>
    </message>
    <message>
        <source>Technical metadata</source>
        <translation>Технические метаданные</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>Technical metadata keys the readers (ingest/extractors) write, with translated names.</extracomment>
        <translation>Формат</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 оригинала</translation>
    </message>
    <message>
        <source>Part of the file</source>
        <translation>Часть файла</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Исходный файл</translation>
    </message>
    <message>
        <source>Where it was</source>
        <translation>Где он лежал</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Message number</source>
        <translation>Номер сообщения</translation>
    </message>
    <message>
        <source>Message key</source>
        <translation>Ключ сообщения</translation>
    </message>
    <message>
        <source>Reply to message</source>
        <translation>Ответ на сообщение</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Chat id</source>
        <translation>Идентификатор чата</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Идентификатор сообщения</translation>
    </message>
    <message>
        <source>Forwarded from</source>
        <translation>Переслано от</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Тип медиафайла</translation>
    </message>
    <message>
        <source>Media not in the export</source>
        <translation>Медиафайлы, которых нет в экспорте</translation>
    </message>
    <message>
        <source>Path in the export</source>
        <translation>Путь в экспорте</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>В ответ на</translation>
    </message>
    <message>
        <source>Earlier messages in the thread</source>
        <translation>Предыдущие письма в переписке</translation>
    </message>
    <message>
        <source>Character encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Declared character encoding</source>
        <translation>Заявленная кодировка</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>Ширина (пиксели)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>Высота (пиксели)</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>Цветовой режим</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Кадры</translation>
    </message>
    <message>
        <source>Camera data (EXIF)</source>
        <translation>Данные камеры (EXIF)</translation>
    </message>
    <message>
        <source>Photo description (IPTC)</source>
        <translation>Описание фото (IPTC)</translation>
    </message>
    <message>
        <source>Embedded description (XMP)</source>
        <translation>Встроенное описание (XMP)</translation>
    </message>
    <message>
        <source>Location (GPS)</source>
        <translation>Местоположение (GPS)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Кодек</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation>Битрейт</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Частота дискретизации</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Исполнитель</translation>
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
        <translation>Создано</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Слайды</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Листы</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Размер (байты)</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Распознавание текста (OCR)</translation>
    </message>
    <message>
        <source>Pages read by text recognition</source>
        <translation>Страницы, прочитанные распознаванием текста</translation>
    </message>
    <message>
        <source>Pages without text</source>
        <translation>Страницы без текста</translation>
    </message>
    <message>
        <source>Unreadable pages</source>
        <translation>Страницы, которые не удалось прочитать</translation>
    </message>
    <message>
        <source>Damage found</source>
        <translation>Найденные повреждения</translation>
    </message>
    <message>
        <source>Structural defects</source>
        <translation>Ошибки в структуре файла</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Found inside</source>
        <translation>Найден внутри</translation>
    </message>
    <message>
        <source>kept with the first document of the same file</source>
        <translation>сохранён с первым документом того же файла</translation>
    </message>
    <message>
        <source>message {n}</source>
        <translation>сообщение {n}</translation>
    </message>
    <message>
        <source>Added to the vault</source>
        <translation>Добавлен в хранилище</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортирован</translation>
    </message>
    <message>
        <source>Received in a bundle</source>
        <translation>Получен в пакете</translation>
    </message>
    <message>
        <source>Updated from a bundle</source>
        <translation>Обновлён из пакета</translation>
    </message>
    <message>
        <source>Received in a bundle: edited both here and by the sender</source>
        <translation>Получен в пакете: изменён и здесь, и отправителем</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Конфликт разрешён</translation>
    </message>
    <message>
        <source>Added as a copy when both versions were kept</source>
        <translation>Добавлен как копия, когда оставили обе версии</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>There is no Letapis vault in this folder. Choose the folder whose name ends in .letapis.</source>
        <extracomment>While importing, the index catches up this often, so that searches (on the read lane) find the first documents before the import ends.</extracomment>
        <translation>В этой папке нет хранилища «Летаписа». Выберите папку, имя которой заканчивается на .letapis.</translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation>Проверяется хранилище…</translation>
    </message>
    <message>
        <source>The vault is in order: {d} documents, {a} attachments, {c} custody events verified.</source>
        <translation>Хранилище в порядке: проверены документы ({d}), вложения ({a}) и записи журнала хранения ({c}).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Damaged records cannot be read; everything else is safe.</source>
        <translation>
            <numerusform>Найдена %n проблема. Повреждённые записи нельзя прочитать; всё остальное в безопасности.</numerusform>
            <numerusform>Найдено %n проблемы. Повреждённые записи нельзя прочитать; всё остальное в безопасности.</numerusform>
            <numerusform>Найдено %n проблем. Повреждённые записи нельзя прочитать; всё остальное в безопасности.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Проверить хранилище</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Работаем…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import files or folders (Ctrl+I)</source>
        <translation>Импортировать файлы или папки (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Запереть</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Запереть хранилище сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Check the vault</source>
        <translation>&amp;Проверить хранилище</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Изменить сведения…</translation>
    </message>
    <message>
        <source>&amp;Name spellings…</source>
        <translation>&amp;Написания имён…</translation>
    </message>
    <message>
        <source>Tell Letapis which spellings are one name</source>
        <translation>Укажите Letapis, какие написания означают одно имя</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;About Letapis</source>
        <translation>О «&amp;Летаписе»</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Главная панель</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>it is protected by a password</source>
        <extracomment>A reader&apos;s own reason (English, from ingest/extractors) → a translated sentence, by pattern. Kept coarse on purpose: a person needs what happened, not which parser said it.</extracomment>
        <translation>он защищён паролем</translation>
    </message>
    <message>
        <source>it is compressed suspiciously well (it may be a “zip bomb”)</source>
        <translation>он подозрительно сильно сжат (это может быть «zip-бомба»)</translation>
    </message>
    <message>
        <source>it is too large to read safely</source>
        <translation>он слишком велик, чтобы безопасно его прочитать</translation>
    </message>
    <message>
        <source>it is an archive: it was kept as it is, not unpacked</source>
        <translation>это архив: он сохранён как есть, не распакован</translation>
    </message>
    <message>
        <source>its pages are pictures, and text recognition (OCR) is switched off or not installed</source>
        <translation>его страницы — изображения, а распознавание текста (OCR) выключено или не установлено</translation>
    </message>
    <message>
        <source>it looks like binary data, not text</source>
        <translation>это похоже на двоичные данные, а не на текст</translation>
    </message>
    <message>
        <source>its format is not one Letapis can read</source>
        <translation>Letapis не умеет читать этот формат</translation>
    </message>
    <message>
        <source>no text was found in it</source>
        <translation>в нём не найдено текста</translation>
    </message>
    <message>
        <source>its declared character set was wrong; it was read with another one</source>
        <translation>в нём указана неверная кодировка; его прочитали с другой</translation>
    </message>
    <message>
        <source>it contains parts that are refused for safety</source>
        <translation>в нём есть части, отклонённые ради безопасности</translation>
    </message>
    <message>
        <source>it is nested too deeply to read safely</source>
        <translation>у него слишком глубокая вложенность, чтобы безопасно его прочитать</translation>
    </message>
    <message>
        <source>the program that reads it crashed</source>
        <translation>программа, которая его читает, аварийно завершилась</translation>
    </message>
    <message>
        <source>reading it took too long</source>
        <translation>чтение заняло слишком много времени</translation>
    </message>
    <message>
        <source>the program that reads it failed</source>
        <translation>программа, которая его читает, не справилась</translation>
    </message>
    <message>
        <source>no messages were found in it</source>
        <translation>в нём не найдено сообщений</translation>
    </message>
    <message>
        <source>it is not a readable file of its kind (damaged or of another format)</source>
        <translation>это не читаемый файл своего вида (повреждён или другого формата)</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>он повреждён</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>его не удалось прочитать</translation>
    </message>
    <message>
        <source>it does not exist (moved or deleted?)</source>
        <translation>его нет (перемещён или удалён?)</translation>
    </message>
    <message>
        <source>it names files outside its own folder; those were not read</source>
        <translation>он ссылается на файлы за пределами своей папки; их не читали</translation>
    </message>
    <message>
        <source>it could not be saved in the vault (the disk refused)</source>
        <translation>его не удалось сохранить в хранилище (диск отказал)</translation>
    </message>
    <message>
        <source>no documents were found in it; it was kept as it is</source>
        <translation>в нём не найдено документов; он сохранён как есть</translation>
    </message>
    <message>
        <source>only part of it was read: </source>
        <translation>прочитана только часть: </translation>
    </message>
    <message>
        <source>it is damaged; what could be read was kept</source>
        <translation>он повреждён; сохранено то, что удалось прочитать</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>The database is damaged.</source>
        <translation>База данных повреждена.</translation>
    </message>
    <message>
        <source>The database failed its integrity check.</source>
        <translation>База данных не прошла проверку целостности.</translation>
    </message>
    <message>
        <source>The database was made by another version of Letapis.</source>
        <translation>База данных создана другой версией Letapis.</translation>
    </message>
    <message>
        <source>A stored file belongs to no document (it can be removed safely).</source>
        <translation>Сохранённый файл не принадлежит ни одному документу (его можно безопасно удалить).</translation>
    </message>
    <message>
        <source>The search index is missing or behind; it is brought up to date when you search.</source>
        <translation>Поискового индекса нет или он отстаёт; он обновляется, когда вы ищете.</translation>
    </message>
    <message>
        <source>A document&apos;s details failed verification: changed or swapped on disk.</source>
        <translation>Сведения документа не прошли проверку: их изменили или подменили на диске.</translation>
    </message>
    <message>
        <source>A document&apos;s text failed verification: changed or swapped on disk.</source>
        <translation>Текст документа не прошёл проверку: его изменили или подменили на диске.</translation>
    </message>
    <message>
        <source>An attachment belongs to a document that is missing.</source>
        <translation>Вложение принадлежит документу, которого нет.</translation>
    </message>
    <message>
        <source>An attachment&apos;s record failed verification: changed or swapped on disk.</source>
        <translation>Запись о вложении не прошла проверку: её изменили или подменили на диске.</translation>
    </message>
    <message>
        <source>A stored original file is missing or damaged (it no longer matches its fingerprint).</source>
        <translation>Сохранённый исходный файл пропал или повреждён (он больше не соответствует своему отпечатку).</translation>
    </message>
    <message>
        <source>Custody events {first}–{last} are missing.</source>
        <translation>Нет записей журнала хранения {first}–{last}.</translation>
    </message>
    <message>
        <source>A custody event failed verification.</source>
        <translation>Запись журнала хранения не прошла проверку.</translation>
    </message>
    <message>
        <source>The custody log&apos;s chain is broken here.</source>
        <translation>Цепочка журнала хранения здесь прервана.</translation>
    </message>
    <message>
        <source>A deleted document is back (restored outside Letapis).</source>
        <translation>Удалённый документ вернулся (восстановлен вне Letapis).</translation>
    </message>
    <message>
        <source>A document was removed outside Letapis.</source>
        <translation>Документ удалили вне Letapis.</translation>
    </message>
    <message>
        <source>A document is at version {version} but its history says {history} (rolled back or edited outside Letapis).</source>
        <translation>Документ имеет версию {version}, а по истории — {history} (откачен или изменён вне Letapis).</translation>
    </message>
    <message>
        <source>A document has no custody history.</source>
        <translation>У документа нет истории в журнале хранения.</translation>
    </message>
    <message>
        <source>Something is wrong here.</source>
        <translation>Здесь что-то не так.</translation>
    </message>
    <message>
        <source>The search index was older than the documents (restored from a copy?); it is being rebuilt. Searching may be slow for a moment.</source>
        <translation>Поисковый индекс был старше документов (восстановлен из копии?); он перестраивается. Поиск может ненадолго замедлиться.</translation>
    </message>
    <message>
        <source>The search index was damaged; it is being rebuilt from the documents. Searching may be slow for a moment.</source>
        <translation>Поисковый индекс был повреждён; он перестраивается из документов. Поиск может ненадолго замедлиться.</translation>
    </message>
    <message>
        <source>The search index is being rebuilt; searching may be slow for a moment.</source>
        <translation>Поисковый индекс перестраивается; поиск может ненадолго замедлиться.</translation>
    </message>
    <message>
        <source>This bundle was signed by a contact you removed.</source>
        <translation>Этот пакет подписал контакт, который вы удалили.</translation>
    </message>
    <message>
        <source>This bundle is too large to open.</source>
        <translation>Этот пакет слишком велик, чтобы его открыть.</translation>
    </message>
    <message>
        <source>Nothing in your vault was changed.</source>
        <translation>В вашем хранилище ничего не изменилось.</translation>
    </message>
    <message>
        <source>This file is not a Letapis bundle.</source>
        <translation>Этот файл не является пакетом Letapis.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was changed after it was made. Someone may have tampered with it, or the copy is incomplete. Do not use it; ask for a new copy.</source>
        <translation>Этот пакет повреждён или изменён после того, как его сделали. Возможно, кто-то вмешался в него, или копия неполная. Не используйте его; попросите новую копию.</translation>
    </message>
    <message>
        <source>This bundle cannot be read: the file is incomplete or damaged (perhaps the copying did not finish). Ask for a new copy.</source>
        <translation>Этот пакет нельзя прочитать: файл неполный или повреждён (возможно, копирование не завершилось). Попросите новую копию.</translation>
    </message>
    <message>
        <source>This bundle was not made for this vault: it cannot be opened with your key. Ask the sender to make it for you.</source>
        <translation>Этот пакет сделан не для этого хранилища: его нельзя открыть вашим ключом. Попросите отправителя сделать пакет для вас.</translation>
    </message>
    <message>
        <source>This bundle was signed by someone who is not among your contacts. Add their card and compare fingerprints first.</source>
        <extracomment>Stable codes (exchange/errors.py) with a sentence of their own.</extracomment>
        <translation>Этот пакет подписал человек, которого нет среди ваших контактов. Сначала добавьте его карточку и сверьте отпечатки.</translation>
    </message>
    <message>
        <source>This bundle is older than one you already received from the same person. It may be an old copy sent again.</source>
        <translation>Этот пакет старше того, что вы уже получили от этого человека. Возможно, это старая копия, присланная повторно.</translation>
    </message>
    <message>
        <source>The sender seems to have made two different bundles with the same number. One of them may be forged. Ask the sender in person.</source>
        <translation>Похоже, отправитель сделал два разных пакета с одним номером. Один из них может быть подделкой. Спросите отправителя лично.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Letapis. Update Letapis, then try again.</source>
        <translation>Этот пакет сделан более новой версией Letapis. Обновите Letapis и попробуйте снова.</translation>
    </message>
    <message>
        <source>The bundle file could not be found.</source>
        <translation>Файл пакета не найден.</translation>
    </message>
    <message>
        <source>A part of this bundle is missing. A large bundle is split into several files ending in .001, .002 …; copy all of them into one folder.</source>
        <translation>Часть этого пакета отсутствует. Большой пакет разделён на несколько файлов с окончаниями .001, .002 …; скопируйте их все в одну папку.</translation>
    </message>
    <message>
        <source>You cancelled.</source>
        <translation>Вы отменили.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid: it may have been forged or changed on the way.</source>
        <extracomment>A code&apos;s kind (before &quot;/&quot;) → the sentence for reasons without one of their own.</extracomment>
        <translation>Подпись пакета недействительна: пакет мог быть подделан или изменён в пути.</translation>
    </message>
    <message>
        <source>The disk or USB stick could not be read (it may have been removed).</source>
        <translation>Не удалось прочитать диск или флешку (возможно, её извлекли).</translation>
    </message>
    <message>
        <source>The bundle could not be received ({kind}).</source>
        <translation>Пакет не удалось принять ({kind}).</translation>
    </message>
    <message>
        <source>This file is not a valid contact card: it is damaged, changed, or not a Letapis card.</source>
        <translation>Этот файл не является действительной карточкой контакта: он повреждён, изменён или не является карточкой Letapis.</translation>
    </message>
    <message>
        <source>This is your own vault&apos;s card. Add the cards of the people you exchange with.</source>
        <translation>Это карточка вашего собственного хранилища. Добавьте карточки людей, с которыми вы обмениваетесь.</translation>
    </message>
    <message>
        <source>This card shares a key with one of your contacts but is different from it. It may be a mistake or someone pretending to be that contact.</source>
        <translation>У этой карточки тот же ключ, что у одного из ваших контактов, но она отличается. Это может быть ошибка или кто-то выдаёт себя за этот контакт.</translation>
    </message>
    <message>
        <source>The card file could not be read.</source>
        <translation>Файл карточки не удалось прочитать.</translation>
    </message>
    <message>
        <source>The card could not be used ({kind}).</source>
        <translation>Карточку не удалось использовать ({kind}).</translation>
    </message>
    <message>
        <source>No contact was added.</source>
        <translation>Контакт не добавлен.</translation>
    </message>
    <message>
        <source>This vault is on a read-only disk or in a folder you cannot write to: you can search and read, but not change it. Copy the vault folder to a writable place to change it.</source>
        <translation>Это хранилище на диске только для чтения или в папке, куда вам нельзя писать: в нём можно искать и читать, но не изменять. Чтобы изменять, скопируйте папку хранилища туда, где можно писать.</translation>
    </message>
    <message>
        <source>The search index is being prepared; try again in a moment.</source>
        <translation>Поисковый индекс готовится; попробуйте снова через минуту.</translation>
    </message>
    <message>
        <source>The disk refused to read or write (it may be full, read-only or removed). What was saved before is safe.</source>
        <translation>Диск не дал прочитать или записать (он может быть заполнен, только для чтения или извлечён). То, что было сохранено раньше, в безопасности.</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>No document selected</source>
        <extracomment>&quot;Add spelling of a name…&quot; was chosen on this selected word.</extracomment>
        <translation>Документ не выбран</translation>
    </message>
    <message>
        <source>Add spelling of a name…</source>
        <translation>Добавить написание имени…</translation>
    </message>
    <message>
        <source>Hit {n} of {total}</source>
        <translation>Совпадение {n} из {total}</translation>
    </message>
    <message>
        <source>◀ Previous hit</source>
        <translation>◀ Предыдущее</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next hit ▶</source>
        <translation>Следующее ▶</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Изменить сведения…</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Текст документа</translation>
    </message>
</context>
<context>
    <name>ReceiveWizard</name>
    <message>
        <source>Checking the bundle: opening it, checking the signature and every part. Nothing in your vault changes yet.</source>
        <translation>Пакет проверяется: открытие, проверка подписи и каждой части. В вашем хранилище пока ничего не меняется.</translation>
    </message>
    <message>
        <source>Receiving. Everything is added at the end, all at once, or nothing.</source>
        <translation>Приём. Всё добавляется в конце, сразу целиком, или ничего.</translation>
    </message>
    <message>
        <source>Choose the bundle file first.</source>
        <translation>Сначала выберите файл пакета.</translation>
    </message>
    <message>
        <source>You received this bundle before. Receiving it again changes nothing.</source>
        <translation>Вы уже получали этот пакет. Повторный приём ничего не изменит.</translation>
    </message>
    <message>
        <source>The person who signed this bundle is not among your contacts. Receive it only if you know who gave it to you; better, add their card and compare fingerprints first.</source>
        <translation>Человека, который подписал этот пакет, нет среди ваших контактов. Принимайте пакет, только если знаете, кто вам его дал; лучше сначала добавьте его карточку и сверьте отпечатки.</translation>
    </message>
    <message>
        <source>You have not compared fingerprints with this contact yet. Compare them (Exchange → Contacts) to be sure the bundle is really from them.</source>
        <translation>Вы ещё не сверяли отпечатки с этим контактом. Сверьте их (Обмен → Контакты), чтобы быть уверенными, что пакет действительно от него.</translation>
    </message>
    <message>
        <source>This bundle is older than one you already received from this person. It may be an old copy sent again.</source>
        <translation>Этот пакет старше того, что вы уже получили от этого человека. Возможно, это старая копия, присланная повторно.</translation>
    </message>
    <message>
        <source>If you receive it, this bundle will change:</source>
        <translation>Если вы его примете, этот пакет изменит:</translation>
    </message>
    <message>
        <source>new documents: {n}</source>
        <translation>новые документы: {n}</translation>
    </message>
    <message>
        <source>updated documents: {n}</source>
        <translation>обновлённые документы: {n}</translation>
    </message>
    <message>
        <source>already here (no change): {n}</source>
        <translation>уже есть (без изменений): {n}</translation>
    </message>
    <message>
        <source>conflicting edits (you choose later): {n}</source>
        <translation>конфликтующие правки (вы выберете позже): {n}</translation>
    </message>
    <message>
        <source>You received this bundle before; nothing was changed.</source>
        <translation>Вы уже получали этот пакет; ничего не изменилось.</translation>
    </message>
    <message>
        <source>The bundle from {name} was received.</source>
        <translation>Пакет от {name} принят.</translation>
    </message>
    <message>
        <source>New documents: {n}</source>
        <translation>Новые документы: {n}</translation>
    </message>
    <message>
        <source>Updated documents: {n}</source>
        <translation>Обновлённые документы: {n}</translation>
    </message>
    <message>
        <source>Already here: {n}</source>
        <translation>Уже есть: {n}</translation>
    </message>
    <message>
        <source>Conflicting edits: {n}</source>
        <translation>Конфликтующие правки: {n}</translation>
    </message>
    <message>
        <source>Some documents were edited both here and by the sender. Your version is kept for now; choose which to keep in Exchange → Conflicts.</source>
        <translation>Некоторые документы изменяли и здесь, и у отправителя. Пока оставлена ваша версия; выберите, какую оставить, в Обмен → Конфликты.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Останавливается…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Step 1: choose the bundle</source>
        <translation>Шаг 1: выберите пакет</translation>
    </message>
    <message>
        <source>Step 2: checking</source>
        <translation>Шаг 2: проверка</translation>
    </message>
    <message>
        <source>Step 3: who sent it and what it changes</source>
        <translation>Шаг 3: кто прислал и что изменится</translation>
    </message>
    <message>
        <source>Step 4: receiving</source>
        <translation>Шаг 4: приём</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>Принять пакет</translation>
    </message>
    <message>
        <source>Choose the bundle file (it ends in .letapis-bundle, or .001 for a bundle in several files), or drop it on the window. It is checked completely before anything in your vault changes.</source>
        <translation>Выберите файл пакета (он заканчивается на .letapis-bundle или на .001, если пакет из нескольких файлов) или перетащите его в окно. Он полностью проверяется, прежде чем в вашем хранилище что-то изменится.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>The bundle is intact. It was signed by:</source>
        <translation>Пакет цел. Его подписал:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Подписал:</translation>
    </message>
    <message>
        <source>Who this is:</source>
        <translation>Кто это:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <source>I know who gave me this bundle; receive it anyway</source>
        <translation>Я знаю, кто дал мне этот пакет; всё равно принять его</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Receive adds everything at once, or nothing.</source>
        <translation>Пока ничего не изменилось. «Принять» добавляет всё сразу или ничего.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>&amp;Check the bundle</source>
        <translation>&amp;Проверить пакет</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>П&amp;ринять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose &amp;versions…</source>
        <translation>Выбрать &amp;версии…</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Выберите пакет</translation>
    </message>
    <message>
        <source>Letapis bundles (*.letapis-bundle *.letapis-bundle.001);;All files (*)</source>
        <translation>Пакеты Letapis (*.letapis-bundle *.letapis-bundle.001);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back into the vault. Write it on paper now and keep the paper apart from this computer. It is shown only this once.</source>
        <translation>Если вы забудете кодовую фразу, этот ключ — единственный способ вернуться в хранилище. Запишите его на бумагу сейчас и храните бумагу отдельно от этого компьютера. Он показывается только один раз.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Я его &amp;записал(а)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Далее</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Remember recently opened vaults on this computer</source>
        <translation>Запоминать недавно открытые хранилища на этом компьютере</translation>
    </message>
    <message>
        <source>Off by default: a list of recent vaults tells anyone who looks at this computer where your vaults are.</source>
        <translation>По умолчанию выключено: список недавних хранилищ показывает каждому, кто заглянет в этот компьютер, где ваши хранилища.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle (minutes, 0 = never):</source>
        <translation>&amp;Запирать после бездействия (минуты, 0 = никогда):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Lock after idle, minutes</source>
        <translation>Запирать после бездействия, минуты</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Сначала введите кодовую фразу.</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Отпереть хранилище</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>Хранилище: {name}</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>Кодовая &amp;фраза или ключ восстановления:</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Кодовая фраза или ключ восстановления</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Показать или скрыть кодовую фразу</translation>
    </message>
    <message>
        <source>Unlocking takes a moment: the key is made slow to guess on purpose.</source>
        <translation>Отпирание занимает мгновение: ключ намеренно сделан медленным для подбора.</translation>
    </message>
    <message>
        <source>This is the demo vault. Its passphrase is: {p}</source>
        <translation>Это демонстрационное хранилище. Его кодовая фраза: {p}</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Отпираем…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Отпереть</translation>
    </message>
    <message>
        <source>&amp;Other vault</source>
        <translation>&amp;Другое хранилище</translation>
    </message>
</context>
<context>
    <name>VariantsDialog</name>
    <message>
        <source>(no groups of your own yet)</source>
        <translation>(собственных групп пока нет)</translation>
    </message>
    <message>
        <source>Write at least two spellings of the same name, separated by commas.</source>
        <translation>Напишите хотя бы два написания одного имени через запятую.</translation>
    </message>
    <message>
        <source>Spellings of names</source>
        <translation>Написания имён</translation>
    </message>
    <message>
        <source>Letapis already finds many names in every spelling (Lukashenka, Лукашенко, Łukašenka). Add the names it does not know: the spellings in one group are found together, whichever one you search for.</source>
        <translation>Letapis уже находит многие имена в любом написании (Lukashenka, Лукашенко, Łukašenka). Добавьте имена, которых он не знает: написания из одной группы находятся вместе, какое бы из них вы ни искали.</translation>
    </message>
    <message>
        <source>Groups of spellings added in this vault</source>
        <translation>Группы написаний, добавленные в этом хранилище</translation>
    </message>
    <message>
        <source>&amp;New group (spellings separated by commas):</source>
        <translation>&amp;Новая группа (написания через запятую):</translation>
    </message>
    <message>
        <source>e.g. Зміцер, Змитер, Dzmitry, Dmitry</source>
        <translation>например: Зміцер, Змитер, Dzmitry, Dmitry</translation>
    </message>
    <message>
        <source>New group of spellings</source>
        <translation>Новая группа написаний</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Добавить группу</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Удалить группу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>VaultView</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean {link}?</source>
        <extracomment>Milliseconds of quiet typing before a search starts. The person asked to add a spelling of this name (from the reader).</extracomment>
        <translation>Возможно, вы имели в виду {link}?</translation>
    </message>
    <message>
        <source>titles only: the search index is being prepared</source>
        <translation>только названия: поисковый индекс готовится</translation>
    </message>
    <message>
        <source>The vault is empty. Import documents with “Import…” or drop files here.</source>
        <translation>Хранилище пусто. Импортируйте документы через «Импорт…» или перетащите файлы сюда.</translation>
    </message>
    <message>
        <source>Nothing found. Try other words or fewer filters.</source>
        <translation>Ничего не найдено. Попробуйте другие слова или меньше фильтров.</translation>
    </message>
    <message>
        <source>All documents ({n})</source>
        <translation>Все документы ({n})</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Коллекции</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>Attachments ({n})</source>
        <translation>Вложения ({n})</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Идентификатор документа</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>Журнал хранения</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>marked sensitive</source>
        <translation>отмечено как конфиденциальное</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Any collection</source>
        <translation>Любая коллекция</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Любой год</translation>
    </message>
    <message>
        <source>Search names and words…</source>
        <translation>Искать имена и слова…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Type a name in any spelling (Лукашенко, Lukashenka, Łukašenka), words, or &quot;an exact phrase&quot; in quotes. Results appear as you type. (Ctrl+F)</source>
        <translation>Введите имя в любом написании (Лукашенко, Lukashenka, Łukašenka), слова или &quot;точную фразу&quot; в кавычках. Результаты появляются по мере ввода. (Ctrl+F)</translation>
    </message>
    <message>
        <source>E&amp;xact</source>
        <translation>&amp;Точно</translation>
    </message>
    <message>
        <source>Only the spelling you typed, no name variants</source>
        <translation>Только то написание, что вы ввели, без вариантов имён</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Сначала лучшие</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>Порядок результатов</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Collections and tags</source>
        <translation>Коллекции и метки</translation>
    </message>
    <message>
        <source>Details, provenance and custody log</source>
        <translation>Сведения, происхождение и журнал хранения</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Читать</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Compare fingerprints</source>
        <translation>Сверка отпечатков</translation>
    </message>
    <message>
        <source>Meet {name} in person or call them on a line you trust. Ask them to open “Your identity” in Letapis and read their fingerprint aloud, group by group, while you read along below (or compare the QR codes side by side). Every number must be the same.</source>
        <translation>Встретьтесь с {name} лично или позвоните по линии, которой доверяете. Попросите открыть «Ваш профиль» в Letapis и прочитать отпечаток вслух, группа за группой, пока вы читаете ниже (или сравните QR-коды рядом). Каждое число должно совпадать.</translation>
    </message>
    <message>
        <source>Their fingerprint</source>
        <translation>Их отпечаток</translation>
    </message>
    <message>
        <source>QR code of their card</source>
        <translation>QR-код их карточки</translation>
    </message>
    <message>
        <source>If even one number differs, do not mark this contact verified: the card may not be theirs.</source>
        <translation>Если хоть одно число отличается, не отмечайте контакт как подтверждённый: карточка может быть не их.</translation>
    </message>
    <message>
        <source>They match: add as verified</source>
        <translation>Совпадают: добавить как подтверждённый</translation>
    </message>
    <message>
        <source>They match: verified</source>
        <translation>Совпадают: подтвердить</translation>
    </message>
    <message>
        <source>Add, compare later</source>
        <translation>Добавить, сверить позже</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Choose the vault folder</source>
        <extracomment>The weakest passphrase score accepted for a new vault (0..4).</extracomment>
        <translation>Выберите папку хранилища</translation>
    </message>
    <message>
        <source>Letapis</source>
        <translation>Летапис</translation>
    </message>
    <message>
        <source>An encrypted archive for statements, letters and evidence. Everything stays on this computer and can only be read with your passphrase.</source>
        <translation>Зашифрованный архив для заявлений, писем и доказательств. Всё остаётся на этом компьютере, и прочитать это можно только с вашей кодовой фразой.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Создать новое хранилище…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Создать новое хранилище</translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>&amp;Открыть хранилище…</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Открыть существующее хранилище</translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation>Недавно открытые:</translation>
    </message>
    <message>
        <source>Recently opened vaults</source>
        <translation>Недавно открытые хранилища</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Язык программы</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <source>A bundle is an encrypted, signed file for the contacts you choose. Send:</source>
        <translation>Пакет — это зашифрованный подписанный файл для выбранных вами контактов. Отправить:</translation>
    </message>
    <message>
        <source>Everything &amp;new since our last exchange</source>
        <translation>Всё &amp;новое с нашего последнего обмена</translation>
    </message>
    <message>
        <source>&amp;Everything in the vault</source>
        <translation>&amp;Всё в хранилище</translation>
    </message>
    <message>
        <source>(filters only)</source>
        <translation>(только фильтры)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>The current &amp;search: {query}</source>
        <translation>Текущий &amp;поиск: {query}</translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>&amp;Коллекцию:</translation>
    </message>
    <message>
        <source>Chosen &amp;documents (tick them below):</source>
        <translation>Выбранные &amp;документы (отметьте ниже):</translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>One file (no splitting)</source>
        <extracomment>Room kept free besides the bundle (temporary names, the file system&apos;s own needs).</extracomment>
        <translation>Один файл (без разделения)</translation>
    </message>
    <message>
        <source>Below 4 GiB (fits any USB stick)</source>
        <translation>Меньше 4 ГиБ (подходит для любой флешки)</translation>
    </message>
    <message>
        <source>2 GiB</source>
        <translation>2 ГиБ</translation>
    </message>
    <message>
        <source>1 GiB</source>
        <translation>1 ГиБ</translation>
    </message>
    <message>
        <source>650 MiB (fits a CD)</source>
        <translation>650 МиБ (помещается на CD)</translation>
    </message>
    <message>
        <source>100 MiB (for e-mail or slow links)</source>
        <translation>100 МиБ (для почты или медленной связи)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>This is a FAT disk (most USB sticks): no file may be 4 GiB or larger, so large bundles are split into several files.</source>
        <translation>Это диск FAT (большинство флешек): файл не может быть 4 ГиБ или больше, поэтому большие пакеты делятся на несколько файлов.</translation>
    </message>
    <message>
        <source>File system: {fs}.</source>
        <translation>Файловая система: {fs}.</translation>
    </message>
    <message>
        <source>The kind of disk is unknown, so large bundles are split below 4 GiB to be safe.</source>
        <translation>Тип диска неизвестен, поэтому большие пакеты делятся на части меньше 4 ГиБ для надёжности.</translation>
    </message>
    <message>
        <source>Free space: {free}.</source>
        <translation>Свободное место: {free}.</translation>
    </message>
    <message>
        <source>Choose the folder to write to, for example your USB stick.</source>
        <translation>Выберите папку для записи, например вашу флешку.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>&amp;Split into files of:</source>
        <translation>&amp;Делить на файлы по:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose where to write the bundle</source>
        <translation>Выберите, куда записать пакет</translation>
    </message>
</context>
</TS>
