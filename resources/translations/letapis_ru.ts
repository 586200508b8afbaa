<?xml version='1.0' encoding='utf-8'?>
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
        <source>Not imported: {file}: {reason}</source>
        <translation>Не импортирован: {file}: {reason}</translation>
    </message>
    <message>
        <source>Kept without text: {file}: {reason}</source>
        <translation>Сохранён без текста: {file}: {reason}</translation>
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
        <source>Importing. The window stays usable; searching and reading wait until the import is done.</source>
        <translation>Идёт импорт. Окно остаётся доступным; поиск и чтение подождут, пока импорт закончится.</translation>
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
        <translation><numerusform>Найдена %n проблема. Повреждённые записи нельзя прочитать; всё остальное в безопасности.</numerusform><numerusform>Найдено %n проблемы. Повреждённые записи нельзя прочитать; всё остальное в безопасности.</numerusform><numerusform>Найдено %n проблем. Повреждённые записи нельзя прочитать; всё остальное в безопасности.</numerusform></translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Проверить хранилище</translation>
    </message>
    <message>
        <source>The search index is being rebuilt; searching may be slow for a moment.</source>
        <translation>Поисковый индекс перестраивается; поиск может ненадолго замедлиться.</translation>
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
    <name>ReaderPane</name>
    <message>
        <source>No document selected</source>
        <translation>Документ не выбран</translation>
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
    <name>VaultView</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <extracomment>Milliseconds of quiet typing before a search starts.</extracomment>
        <translation><numerusform>%n документ</numerusform><numerusform>%n документа</numerusform><numerusform>%n документов</numerusform></translation>
    </message>
    <message>
        <source>Did you mean {link}?</source>
        <translation>Возможно, вы имели в виду {link}?</translation>
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
        <source>Type a name in any spelling (Лукашенко, Lukashenka, Łukašenka), words, or "an exact phrase" in quotes. Results appear as you type. (Ctrl+F)</source>
        <translation>Введите имя в любом написании (Лукашенко, Lukashenka, Łukašenka), слова или "точную фразу" в кавычках. Результаты появляются по мере ввода. (Ctrl+F)</translation>
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
</TS>