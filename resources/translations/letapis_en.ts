<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Letapis</source>
        <translation>About Letapis</translation>
    </message>
    <message>
        <source>Letapis</source>
        <translation>Letapis</translation>
    </message>
    <message>
        <source>An offline, encrypted archive for statements, letters and evidence of the Belarusian democratic movement.</source>
        <translation>An offline, encrypted archive for statements, letters and evidence of the Belarusian democratic movement.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: there is no server and no network. Everything in a vault is encrypted with your passphrase.</source>
        <translation>Nothing leaves this computer: there is no server and no network. Everything in a vault is encrypted with your passphrase.</translation>
    </message>
    <message>
        <source>Licence: Apache 2.0.</source>
        <translation>Licence: Apache 2.0.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <source> (original)</source>
        <extracomment>Attachments above this size are not loaded into memory for a preview.</extracomment>
        <translation> (original)</translation>
    </message>
    <message>
        <source>This document has no attachments.</source>
        <translation>This document has no attachments.</translation>
    </message>
    <message>
        <source>Choose an attachment to preview it.</source>
        <translation>Choose an attachment to preview it.</translation>
    </message>
    <message>
        <source>This kind of file cannot be previewed here.</source>
        <translation>This kind of file cannot be previewed here.</translation>
    </message>
    <message>
        <source>This file is too large to preview.</source>
        <translation>This file is too large to preview.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>This image cannot be shown.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>This PDF cannot be shown.</translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation>No document selected</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Attachment text</source>
        <translation>Attachment text</translation>
    </message>
    <message>
        <source>Attachment image</source>
        <translation>Attachment image</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>Play / Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>Where to keep the vault</translation>
    </message>
    <message>
        <source>Very weak: anyone could guess it.</source>
        <translation>Very weak: anyone could guess it.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>Weak: add more words.</translation>
    </message>
    <message>
        <source>Fair: acceptable, but more words would be safer.</source>
        <translation>Fair: acceptable, but more words would be safer.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Very strong.</translation>
    </message>
    <message>
        <source>Tip: four or more ordinary words that have nothing to do with each other make a passphrase that is strong and easy to remember.</source>
        <translation>Tip: four or more ordinary words that have nothing to do with each other make a passphrase that is strong and easy to remember.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Type a passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>This passphrase is too weak; add more words.</source>
        <translation>This passphrase is too weak; add more words.</translation>
    </message>
    <message>
        <source>The folder does not exist; choose another.</source>
        <translation>The folder does not exist; choose another.</translation>
    </message>
    <message>
        <source>Something with this name is already there; choose another name.</source>
        <translation>Something with this name is already there; choose another name.</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>The vault is a folder that holds your documents, encrypted. Choose a passphrase you will remember: without it (or the recovery key) nobody can open the vault — not even us.</source>
        <translation>The vault is a folder that holds your documents, encrypted. Choose a passphrase you will remember: without it (or the recovery key) nobody can open the vault — not even us.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Show or hide the passphrase</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creating the vault…</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Not set</source>
        <extracomment>Fields that can be marked sensitive (left out of exports that protect sources).</extracomment>
        <translation>Not set</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <source>Sensitive:</source>
        <translation>Sensitive:</translation>
    </message>
    <message>
        <source>Sensitive fields can be left out when sharing, to protect sources.</source>
        <translation>Sensitive fields can be left out when sharing, to protect sources.</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Separate tags with commas.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD (or just the year).</source>
        <translation>Write the date as YYYY-MM-DD (or just the year).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot unlock: the passphrase or recovery key is not right. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Cannot unlock: the passphrase or recovery key is not right. Check the keyboard language and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>This vault is already open in another Letapis window or program. Close it there first, then try again.</source>
        <translation>This vault is already open in another Letapis window or program. Close it there first, then try again.</translation>
    </message>
    <message>
        <source>The vault was locked. Unlock it again to continue.</source>
        <translation>The vault was locked. Unlock it again to continue.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used: it must not be empty and must not contain tabs or other control characters.</source>
        <translation>This passphrase cannot be used: it must not be empty and must not contain tabs or other control characters.</translation>
    </message>
    <message>
        <source>Some data could not be read: it is damaged or was changed. Nothing else was touched. Use “Check the vault” to see what is affected.</source>
        <translation>Some data could not be read: it is damaged or was changed. Nothing else was touched. Use “Check the vault” to see what is affected.</translation>
    </message>
    <message>
        <source>It is not there: the vault or the document could not be found.</source>
        <translation>It is not there: the vault or the document could not be found.</translation>
    </message>
    <message>
        <source>This file or vault is of a format this version of Letapis cannot read.</source>
        <translation>This file or vault is of a format this version of Letapis cannot read.</translation>
    </message>
    <message>
        <source>The bundle was refused; nothing in the vault was changed.</source>
        <translation>The bundle was refused; nothing in the vault was changed.</translation>
    </message>
    <message>
        <source>The disk refused to read or write (it may be full, read-only or removed). What was saved before is safe.</source>
        <translation>The disk refused to read or write (it may be full, read-only or removed). What was saved before is safe.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>There is not enough free memory. Close other programs and try again.</source>
        <translation>There is not enough free memory. Close other programs and try again.</translation>
    </message>
    <message>
        <source>Something went wrong inside Letapis ({kind}). What was saved before is safe.</source>
        <translation>Something went wrong inside Letapis ({kind}). What was saved before is safe.</translation>
    </message>
    <message>
        <source>Letapis</source>
        <translation>Letapis</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Letapis met an unexpected problem ({kind}). Your saved documents are safe. If it happens again, please tell the people who gave you Letapis what you were doing; this message contains no document content.</source>
        <translation>Letapis met an unexpected problem ({kind}). Your saved documents are safe. If it happens again, please tell the people who gave you Letapis what you were doing; this message contains no document content.</translation>
    </message>
    <message>
        <source>Letapis: unexpected problem</source>
        <translation>Letapis: unexpected problem</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Guess from each file</source>
        <translation>Guess from each file</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Choose files to import</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Choose a folder to import</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD (or just the year).</source>
        <translation>Write the date as YYYY-MM-DD (or just the year).</translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>{done} of {total} files</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <source>Added: {n}</source>
        <translation>Added: {n}</translation>
    </message>
    <message>
        <source>Already in the vault (skipped): {n}</source>
        <translation>Already in the vault (skipped): {n}</translation>
    </message>
    <message>
        <source>Kept without text: {n}</source>
        <translation>Kept without text: {n}</translation>
    </message>
    <message>
        <source>Could not be imported: {n}</source>
        <translation>Could not be imported: {n}</translation>
    </message>
    <message>
        <source>Cancelled: the files not yet handled were left out.</source>
        <translation>Cancelled: the files not yet handled were left out.</translation>
    </message>
    <message>
        <source>Not imported: {file}: {reason}</source>
        <translation>Not imported: {file}: {reason}</translation>
    </message>
    <message>
        <source>Kept without text: {file}: {reason}</source>
        <translation>Kept without text: {file}: {reason}</translation>
    </message>
    <message>
        <source>Already in the vault: {file}</source>
        <translation>Already in the vault: {file}</translation>
    </message>
    <message>
        <source>Every file was imported.</source>
        <translation>Every file was imported.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Nothing was added.</translation>
    </message>
    <message>
        <source>Importing. The window stays usable; searching and reading wait until the import is done.</source>
        <translation>Importing. The window stays usable; searching and reading wait until the import is done.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Drop files or folders here, or add them with the buttons. The original files are kept sealed in the vault; nothing is changed on the disk.</source>
        <translation>Drop files or folders here, or add them with the buttons. The original files are kept sealed in the vault; nothing is changed on the disk.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>For every imported document (optional):</source>
        <translation>For every imported document (optional):</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Separate tags with commas.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Unknown language</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Belarusian</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Technical metadata</source>
        <translation>Technical metadata</translation>
    </message>
    <message>
        <source>Added to the vault</source>
        <translation>Added to the vault</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Received in a bundle</source>
        <translation>Received in a bundle</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>There is no Letapis vault in this folder. Choose the folder whose name ends in .letapis.</source>
        <translation>There is no Letapis vault in this folder. Choose the folder whose name ends in .letapis.</translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation>Checking the vault…</translation>
    </message>
    <message>
        <source>The vault is in order: {d} documents, {a} attachments, {c} custody events verified.</source>
        <translation>The vault is in order: {d} documents, {a} attachments, {c} custody events verified.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Damaged records cannot be read; everything else is safe.</source>
        <translation><numerusform>%n problem found. Damaged records cannot be read; everything else is safe.</numerusform><numerusform>%n problems found. Damaged records cannot be read; everything else is safe.</numerusform></translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Check the vault</translation>
    </message>
    <message>
        <source>The search index is being rebuilt; searching may be slow for a moment.</source>
        <translation>The search index is being rebuilt; searching may be slow for a moment.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import files or folders (Ctrl+I)</source>
        <translation>Import files or folders (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lock the vault now (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Check the vault</source>
        <translation>&amp;Check the vault</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;About Letapis</source>
        <translation>&amp;About Letapis</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>No document selected</source>
        <translation>No document selected</translation>
    </message>
    <message>
        <source>Hit {n} of {total}</source>
        <translation>Hit {n} of {total}</translation>
    </message>
    <message>
        <source>◀ Previous hit</source>
        <translation>◀ Previous hit</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <source>Next hit ▶</source>
        <translation>Next hit ▶</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Document text</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back into the vault. Write it on paper now and keep the paper apart from this computer. It is shown only this once.</source>
        <translation>If you forget the passphrase, this key is the only way back into the vault. Write it on paper now and keep the paper apart from this computer. It is shown only this once.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>I have &amp;written it down</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Remember recently opened vaults on this computer</source>
        <translation>Remember recently opened vaults on this computer</translation>
    </message>
    <message>
        <source>Off by default: a list of recent vaults tells anyone who looks at this computer where your vaults are.</source>
        <translation>Off by default: a list of recent vaults tells anyone who looks at this computer where your vaults are.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle (minutes, 0 = never):</source>
        <translation>&amp;Lock after idle (minutes, 0 = never):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Lock after idle, minutes</source>
        <translation>Lock after idle, minutes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Type the passphrase first.</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Unlock the vault</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>Vault: {name}</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Passphrase or recovery key:</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Passphrase or recovery key</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Show or hide the passphrase</translation>
    </message>
    <message>
        <source>Unlocking takes a moment: the key is made slow to guess on purpose.</source>
        <translation>Unlocking takes a moment: the key is made slow to guess on purpose.</translation>
    </message>
    <message>
        <source>This is the demo vault. Its passphrase is: {p}</source>
        <translation>This is the demo vault. Its passphrase is: {p}</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Other vault</source>
        <translation>&amp;Other vault</translation>
    </message>
</context>
<context>
    <name>VaultView</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <extracomment>Milliseconds of quiet typing before a search starts.</extracomment>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message>
        <source>Did you mean {link}?</source>
        <translation>Did you mean {link}?</translation>
    </message>
    <message>
        <source>The vault is empty. Import documents with “Import…” or drop files here.</source>
        <translation>The vault is empty. Import documents with “Import…” or drop files here.</translation>
    </message>
    <message>
        <source>Nothing found. Try other words or fewer filters.</source>
        <translation>Nothing found. Try other words or fewer filters.</translation>
    </message>
    <message>
        <source>All documents ({n})</source>
        <translation>All documents ({n})</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Attachments ({n})</source>
        <translation>Attachments ({n})</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nothing recorded.</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Document id</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>Custody log</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>marked sensitive</source>
        <translation>marked sensitive</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <source>Any collection</source>
        <translation>Any collection</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Any year</translation>
    </message>
    <message>
        <source>Search names and words…</source>
        <translation>Search names and words…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Type a name in any spelling (Лукашенко, Lukashenka, Łukašenka), words, or "an exact phrase" in quotes. Results appear as you type. (Ctrl+F)</source>
        <translation>Type a name in any spelling (Лукашенко, Lukashenka, Łukašenka), words, or "an exact phrase" in quotes. Results appear as you type. (Ctrl+F)</translation>
    </message>
    <message>
        <source>E&amp;xact</source>
        <translation>E&amp;xact</translation>
    </message>
    <message>
        <source>Only the spelling you typed, no name variants</source>
        <translation>Only the spelling you typed, no name variants</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Best match first</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>Order of results</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Collections and tags</source>
        <translation>Collections and tags</translation>
    </message>
    <message>
        <source>Details, provenance and custody log</source>
        <translation>Details, provenance and custody log</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Read</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Choose the vault folder</source>
        <extracomment>The weakest passphrase score accepted for a new vault (0..4).</extracomment>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <source>Letapis</source>
        <translation>Letapis</translation>
    </message>
    <message>
        <source>An encrypted archive for statements, letters and evidence. Everything stays on this computer and can only be read with your passphrase.</source>
        <translation>An encrypted archive for statements, letters and evidence. Everything stays on this computer and can only be read with your passphrase.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Create a new vault…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>&amp;Open a vault…</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Open an existing vault</translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation>Recently opened:</translation>
    </message>
    <message>
        <source>Recently opened vaults</source>
        <translation>Recently opened vaults</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Language of the program</translation>
    </message>
</context>
</TS>