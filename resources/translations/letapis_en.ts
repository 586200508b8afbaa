<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
    <name>ConflictsDialog</name>
    <message>
        <source>attachments only</source>
        <translation>attachments only</translation>
    </message>
    <message>
        <source>{title} — from {name}, {date} — differs in: {fields}</source>
        <translation>{title} — from {name}, {date} — differs in: {fields}</translation>
    </message>
    <message>
        <source>Their version (from {name})</source>
        <translation>Their version (from {name})</translation>
    </message>
    <message>
        <source>This version cannot be read.</source>
        <translation>This version cannot be read.</translation>
    </message>
    <message>
        <source>Settled: your version was kept.</source>
        <translation>Settled: your version was kept.</translation>
    </message>
    <message>
        <source>Settled: their version was taken.</source>
        <translation>Settled: their version was taken.</translation>
    </message>
    <message>
        <source>Settled: your version was kept and theirs was added as a new document.</source>
        <translation>Settled: your version was kept and theirs was added as a new document.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>These documents were edited both here and by a contact. Fields that differ are marked. Choose which version to keep; either way, files attached to either version stay with the document.</source>
        <translation>These documents were edited both here and by a contact. Fields that differ are marked. Choose which version to keep; either way, files attached to either version stay with the document.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>There are no conflicts.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Keep &amp;both</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Their version</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>✔ verified</source>
        <translation>✔ verified</translation>
    </message>
    <message>
        <source>⚠ not verified</source>
        <translation>⚠ not verified</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{name} was added and verified.</source>
        <translation>{name} was added and verified.</translation>
    </message>
    <message>
        <source>{name} was added. Compare fingerprints before you trust bundles.</source>
        <translation>{name} was added. Compare fingerprints before you trust bundles.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>Remove {name}? Bundles they send will then be refused. You can add their card again later.</source>
        <translation>Remove {name}? Bundles they send will then be refused. You can add their card again later.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Your contacts are the people whose bundles this vault accepts and for whom you can make bundles. Add someone from their card file (or drop the file here), then compare fingerprints with them in person.</source>
        <translation>Your contacts are the people whose bundles this vault accepts and for whom you can make bundles. Add someone from their card file (or drop the file here), then compare fingerprints with them in person.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <source>No contacts yet. Add a card to begin.</source>
        <translation>No contacts yet. Add a card to begin.</translation>
    </message>
    <message>
        <source>&amp;Add from a card…</source>
        <translation>&amp;Add from a card…</translation>
    </message>
    <message>
        <source>&amp;Compare fingerprints…</source>
        <translation>&amp;Compare fingerprints…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a contact card</source>
        <translation>Choose a contact card</translation>
    </message>
    <message>
        <source>Letapis cards (*.letapis-card);;All files (*)</source>
        <translation>Letapis cards (*.letapis-card);;All files (*)</translation>
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
        <source>This could not be done. What was saved before is safe.</source>
        <translation>This could not be done. What was saved before is safe.</translation>
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
    <name>Exchange</name>
    <message>
        <source>bytes</source>
        <extracomment>Files on FAT32 must stay below 4 GiB. Bundle file suffix (exchange/volumes.py) and card suffix people see on the stick.</extracomment>
        <translation>bytes</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>a verified contact (you compared fingerprints)</source>
        <translation>a verified contact (you compared fingerprints)</translation>
    </message>
    <message>
        <source>a contact whose fingerprint you have not compared yet</source>
        <translation>a contact whose fingerprint you have not compared yet</translation>
    </message>
    <message>
        <source>someone who is NOT among your contacts</source>
        <translation>someone who is NOT among your contacts</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>E&amp;xchange</source>
        <extracomment>A dialog changed the vault&apos;s documents (received, resolved): the view refreshes.</extracomment>
        <translation>E&amp;xchange</translation>
    </message>
    <message>
        <source>Your &amp;identity…</source>
        <translation>Your &amp;identity…</translation>
    </message>
    <message>
        <source>Your name, fingerprint, QR code and card</source>
        <translation>Your name, fingerprint, QR code and card</translation>
    </message>
    <message>
        <source>&amp;Contacts…</source>
        <translation>&amp;Contacts…</translation>
    </message>
    <message>
        <source>&amp;Send a bundle…</source>
        <translation>&amp;Send a bundle…</translation>
    </message>
    <message>
        <source>Write an encrypted bundle for contacts, e.g. to a USB stick</source>
        <translation>Write an encrypted bundle for contacts, e.g. to a USB stick</translation>
    </message>
    <message>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Receive a bundle…</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflicts…</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Tick at least one document.</source>
        <translation>Tick at least one document.</translation>
    </message>
    <message>
        <source>Choose at least one contact.</source>
        <translation>Choose at least one contact.</translation>
    </message>
    <message>
        <source>⚠ not verified: fingerprint not compared</source>
        <translation>⚠ not verified: fingerprint not compared</translation>
    </message>
    <message>
        <source>You have no contacts yet. Add a contact&apos;s card first (Exchange menu).</source>
        <translation>You have no contacts yet. Add a contact&apos;s card first (Exchange menu).</translation>
    </message>
    <message>
        <source>⚠ You have not compared fingerprints with: {names}. If their card was replaced on the way, someone else could read this bundle. Compare fingerprints first (Exchange → Contacts) if you can.</source>
        <translation>⚠ You have not compared fingerprints with: {names}. If their card was replaced on the way, someone else could read this bundle. Compare fingerprints first (Exchange → Contacts) if you can.</translation>
    </message>
    <message>
        <source>Choose a folder that exists (e.g. your USB stick).</source>
        <translation>Choose a folder that exists (e.g. your USB stick).</translation>
    </message>
    <message>
        <source>Give the bundle a file name.</source>
        <translation>Give the bundle a file name.</translation>
    </message>
    <message>
        <source>There is nothing to export for that choice.</source>
        <translation>There is nothing to export for that choice.</translation>
    </message>
    <message>
        <source>There is not enough free space here: about {need} are needed, {free} are free. Choose another disk or export less.</source>
        <translation>There is not enough free space here: about {need} are needed, {free} are free. Choose another disk or export less.</translation>
    </message>
    <message>
        <source>Checking what to export…</source>
        <translation>Checking what to export…</translation>
    </message>
    <message>
        <source>Writing the bundle, then reading it back to check it. You can cancel; a cancelled bundle leaves no file behind.</source>
        <translation>Writing the bundle, then reading it back to check it. You can cancel; a cancelled bundle leaves no file behind.</translation>
    </message>
    <message>
        <source>Cancelled. No bundle was written.</source>
        <translation>Cancelled. No bundle was written.</translation>
    </message>
    <message>
        <source>There is nothing new to send for that choice. No bundle was written.</source>
        <translation>There is nothing new to send for that choice. No bundle was written.</translation>
    </message>
    <message>
        <source>No bundle was written: {reason}</source>
        <translation>No bundle was written: {reason}</translation>
    </message>
    <message>
        <source>The bundle was written and checked: it was read back from the disk, its signature and every part are correct.</source>
        <translation>The bundle was written and checked: it was read back from the disk, its signature and every part are correct.</translation>
    </message>
    <message>
        <source>Files (copy all of them, keep them in one folder):</source>
        <translation>Files (copy all of them, keep them in one folder):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation>Size: {size}</translation>
    </message>
    <message>
        <source>For: {names}</source>
        <translation>For: {names}</translation>
    </message>
    <message numerus="yes">
        <source>Contains %n document(s)</source>
        <translation>
            <numerusform>Contains %n document</numerusform>
            <numerusform>Contains %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources protected: sensitive fields and locations left out.</source>
        <translation>Sources protected: sensitive fields and locations left out.</translation>
    </message>
    <message>
        <source>Left out to protect sources: {fields}.</source>
        <translation>Left out to protect sources: {fields}.</translation>
    </message>
    <message numerus="yes">
        <source>Locations removed: %n item(s).</source>
        <translation>
            <numerusform>Locations removed: %n item.</numerusform>
            <numerusform>Locations removed: %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the people named above (and you) can open it.</source>
        <translation>Only the people named above (and you) can open it.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Step 1 of 3: what to send</source>
        <translation>Step 1 of 3: what to send</translation>
    </message>
    <message>
        <source>Step 2 of 3: to whom</source>
        <translation>Step 2 of 3: to whom</translation>
    </message>
    <message>
        <source>Step 3 of 3: where to write it</source>
        <translation>Step 3 of 3: where to write it</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Writing the bundle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Send a bundle</source>
        <translation>Send a bundle</translation>
    </message>
    <message>
        <source>Only the contacts you tick (and you) will be able to open the bundle.</source>
        <translation>Only the contacts you tick (and you) will be able to open the bundle.</translation>
    </message>
    <message>
        <source>&amp;Protect sources: leave out sensitive fields and locations</source>
        <translation>&amp;Protect sources: leave out sensitive fields and locations</translation>
    </message>
    <message>
        <source>Fields marked sensitive are left out, and locations (GPS) are removed from photos and metadata. The originals in your vault are not changed.</source>
        <translation>Fields marked sensitive are left out, and locations (GPS) are removed from photos and metadata. The originals in your vault are not changed.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Write the bundle</source>
        <translation>&amp;Write the bundle</translation>
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
    <name>IdentityDialog</name>
    <message>
        <source>QR code of this vault&apos;s card</source>
        <translation>QR code of this vault&apos;s card</translation>
    </message>
    <message>
        <source>The name was changed. Give your contacts a new card so they see it too.</source>
        <translation>The name was changed. Give your contacts a new card so they see it too.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Save the card</translation>
    </message>
    <message>
        <source>Letapis cards (*.letapis-card)</source>
        <translation>Letapis cards (*.letapis-card)</translation>
    </message>
    <message>
        <source>Your card was saved to {path}. It holds no secret: hand it over in person and compare the fingerprint aloud.</source>
        <translation>Your card was saved to {path}. It holds no secret: hand it over in person and compare the fingerprint aloud.</translation>
    </message>
    <message>
        <source>Save the secret key</source>
        <translation>Save the secret key</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>The secret key was written to {path}. Keep it safe and offline.</source>
        <translation>The secret key was written to {path}. Keep it safe and offline.</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Your identity</translation>
    </message>
    <message>
        <source>Other people know this vault by its card. Give them your card (a file or the QR code) in person, then read the fingerprint aloud together: if every number matches, the card is really yours.</source>
        <translation>Other people know this vault by its card. Give them your card (a file or the QR code) in person, then read the fingerprint aloud together: if every number matches, the card is really yours.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Name shown on your card</source>
        <translation>Name shown on your card</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>Save &amp;name</translation>
    </message>
    <message>
        <source>Save the &amp;card to a file…</source>
        <translation>Save the &amp;card to a file…</translation>
    </message>
    <message>
        <source>Export the &amp;secret key…</source>
        <translation>Export the &amp;secret key…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <source>Not imported: {problem}</source>
        <translation>Not imported: {problem}</translation>
    </message>
    <message>
        <source>Kept without text: {problem}</source>
        <translation>Kept without text: {problem}</translation>
    </message>
    <message>
        <source>Imported, but: {problem}</source>
        <translation>Imported, but: {problem}</translation>
    </message>
    <message>
        <source>Importing. You can go on searching and reading meanwhile; new documents appear in the results as they are indexed.</source>
        <translation>Importing. You can go on searching and reading meanwhile; new documents appear in the results as they are indexed.</translation>
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
    <name>KeyWarningDialog</name>
    <message>
        <source>Secret key: read this first</source>
        <extracomment>(title, suggested file name, filter) -&gt; chosen path or &quot;&quot; (tests replace it).</extracomment>
        <translation>Secret key: read this first</translation>
    </message>
    <message>
        <source>You are about to write this vault&apos;s SECRET key to a file. Anyone who gets this file can read every bundle ever sent to this vault.

Only do this to keep a way to open bundles with the standard “age” tool if Letapis is ever unavailable. Keep the file offline, on a medium you control, and never send it to anyone.</source>
        <translation>You are about to write this vault&apos;s SECRET key to a file. Anyone who gets this file can read every bundle ever sent to this vault.

Only do this to keep a way to open bundles with the standard “age” tool if Letapis is ever unavailable. Keep the file offline, on a medium you control, and never send it to anyone.</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>I understand the risk</translation>
    </message>
    <message>
        <source>I understand: anyone holding this file can read bundles sent to me.</source>
        <translation>I understand: anyone holding this file can read bundles sent to me.</translation>
    </message>
    <message>
        <source>Write the secret key…</source>
        <translation>Write the secret key…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>Technical metadata keys the readers (ingest/extractors) write, with translated names.</extracomment>
        <translation>Format</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 of the original</translation>
    </message>
    <message>
        <source>Part of the file</source>
        <translation>Part of the file</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Original file</translation>
    </message>
    <message>
        <source>Where it was</source>
        <translation>Where it was</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Message number</source>
        <translation>Message number</translation>
    </message>
    <message>
        <source>Message key</source>
        <translation>Message key</translation>
    </message>
    <message>
        <source>Reply to message</source>
        <translation>Reply to message</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Chat id</source>
        <translation>Chat id</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Message ID</translation>
    </message>
    <message>
        <source>Forwarded from</source>
        <translation>Forwarded from</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Media type</translation>
    </message>
    <message>
        <source>Media not in the export</source>
        <translation>Media not in the export</translation>
    </message>
    <message>
        <source>Path in the export</source>
        <translation>Path in the export</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>In reply to</translation>
    </message>
    <message>
        <source>Earlier messages in the thread</source>
        <translation>Earlier messages in the thread</translation>
    </message>
    <message>
        <source>Character encoding</source>
        <translation>Character encoding</translation>
    </message>
    <message>
        <source>Declared character encoding</source>
        <translation>Declared character encoding</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>Width (pixels)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>Height (pixels)</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>Colour mode</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Camera data (EXIF)</source>
        <translation>Camera data (EXIF)</translation>
    </message>
    <message>
        <source>Photo description (IPTC)</source>
        <translation>Photo description (IPTC)</translation>
    </message>
    <message>
        <source>Embedded description (XMP)</source>
        <translation>Embedded description (XMP)</translation>
    </message>
    <message>
        <source>Location (GPS)</source>
        <translation>Location (GPS)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation>Bit rate</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Sample rate</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artist</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slides</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Text recognition (OCR)</translation>
    </message>
    <message>
        <source>Pages read by text recognition</source>
        <translation>Pages read by text recognition</translation>
    </message>
    <message>
        <source>Pages without text</source>
        <translation>Pages without text</translation>
    </message>
    <message>
        <source>Unreadable pages</source>
        <translation>Unreadable pages</translation>
    </message>
    <message>
        <source>Damage found</source>
        <translation>Damage found</translation>
    </message>
    <message>
        <source>Structural defects</source>
        <translation>Structural defects</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Found inside</source>
        <translation>Found inside</translation>
    </message>
    <message>
        <source>kept with the first document of the same file</source>
        <translation>kept with the first document of the same file</translation>
    </message>
    <message>
        <source>message {n}</source>
        <translation>message {n}</translation>
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
        <source>Updated from a bundle</source>
        <translation>Updated from a bundle</translation>
    </message>
    <message>
        <source>Received in a bundle: edited both here and by the sender</source>
        <translation>Received in a bundle: edited both here and by the sender</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <source>Added as a copy when both versions were kept</source>
        <translation>Added as a copy when both versions were kept</translation>
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
        <extracomment>While importing, the index catches up this often, so that searches (on the read lane) find the first documents before the import ends.</extracomment>
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
        <translation>
            <numerusform>%n problem found. Damaged records cannot be read; everything else is safe.</numerusform>
            <numerusform>%n problems found. Damaged records cannot be read; everything else is safe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Check the vault</translation>
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
        <source>&amp;Name spellings…</source>
        <translation>&amp;Name spellings…</translation>
    </message>
    <message>
        <source>Tell Letapis which spellings are one name</source>
        <translation>Tell Letapis which spellings are one name</translation>
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
    <name>Messages</name>
    <message>
        <source>it is protected by a password</source>
        <extracomment>A reader&apos;s own reason (English, from ingest/extractors) → a translated sentence, by pattern. Kept coarse on purpose: a person needs what happened, not which parser said it.</extracomment>
        <translation>it is protected by a password</translation>
    </message>
    <message>
        <source>it is compressed suspiciously well (it may be a “zip bomb”)</source>
        <translation>it is compressed suspiciously well (it may be a “zip bomb”)</translation>
    </message>
    <message>
        <source>it is too large to read safely</source>
        <translation>it is too large to read safely</translation>
    </message>
    <message>
        <source>it is an archive: it was kept as it is, not unpacked</source>
        <translation>it is an archive: it was kept as it is, not unpacked</translation>
    </message>
    <message>
        <source>its pages are pictures, and text recognition (OCR) is switched off or not installed</source>
        <translation>its pages are pictures, and text recognition (OCR) is switched off or not installed</translation>
    </message>
    <message>
        <source>it looks like binary data, not text</source>
        <translation>it looks like binary data, not text</translation>
    </message>
    <message>
        <source>its format is not one Letapis can read</source>
        <translation>its format is not one Letapis can read</translation>
    </message>
    <message>
        <source>no text was found in it</source>
        <translation>no text was found in it</translation>
    </message>
    <message>
        <source>its declared character set was wrong; it was read with another one</source>
        <translation>its declared character set was wrong; it was read with another one</translation>
    </message>
    <message>
        <source>it contains parts that are refused for safety</source>
        <translation>it contains parts that are refused for safety</translation>
    </message>
    <message>
        <source>it is nested too deeply to read safely</source>
        <translation>it is nested too deeply to read safely</translation>
    </message>
    <message>
        <source>the program that reads it crashed</source>
        <translation>the program that reads it crashed</translation>
    </message>
    <message>
        <source>reading it took too long</source>
        <translation>reading it took too long</translation>
    </message>
    <message>
        <source>the program that reads it failed</source>
        <translation>the program that reads it failed</translation>
    </message>
    <message>
        <source>no messages were found in it</source>
        <translation>no messages were found in it</translation>
    </message>
    <message>
        <source>it is not a readable file of its kind (damaged or of another format)</source>
        <translation>it is not a readable file of its kind (damaged or of another format)</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>it is damaged</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>it could not be read</translation>
    </message>
    <message>
        <source>it does not exist (moved or deleted?)</source>
        <translation>it does not exist (moved or deleted?)</translation>
    </message>
    <message>
        <source>it names files outside its own folder; those were not read</source>
        <translation>it names files outside its own folder; those were not read</translation>
    </message>
    <message>
        <source>it could not be saved in the vault (the disk refused)</source>
        <translation>it could not be saved in the vault (the disk refused)</translation>
    </message>
    <message>
        <source>no documents were found in it; it was kept as it is</source>
        <translation>no documents were found in it; it was kept as it is</translation>
    </message>
    <message>
        <source>only part of it was read: </source>
        <translation>only part of it was read: </translation>
    </message>
    <message>
        <source>it is damaged; what could be read was kept</source>
        <translation>it is damaged; what could be read was kept</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>The database is damaged.</source>
        <translation>The database is damaged.</translation>
    </message>
    <message>
        <source>The database failed its integrity check.</source>
        <translation>The database failed its integrity check.</translation>
    </message>
    <message>
        <source>The database was made by another version of Letapis.</source>
        <translation>The database was made by another version of Letapis.</translation>
    </message>
    <message>
        <source>A stored file belongs to no document (it can be removed safely).</source>
        <translation>A stored file belongs to no document (it can be removed safely).</translation>
    </message>
    <message>
        <source>The search index is missing or behind; it is brought up to date when you search.</source>
        <translation>The search index is missing or behind; it is brought up to date when you search.</translation>
    </message>
    <message>
        <source>A document&apos;s details failed verification: changed or swapped on disk.</source>
        <translation>A document&apos;s details failed verification: changed or swapped on disk.</translation>
    </message>
    <message>
        <source>A document&apos;s text failed verification: changed or swapped on disk.</source>
        <translation>A document&apos;s text failed verification: changed or swapped on disk.</translation>
    </message>
    <message>
        <source>An attachment belongs to a document that is missing.</source>
        <translation>An attachment belongs to a document that is missing.</translation>
    </message>
    <message>
        <source>An attachment&apos;s record failed verification: changed or swapped on disk.</source>
        <translation>An attachment&apos;s record failed verification: changed or swapped on disk.</translation>
    </message>
    <message>
        <source>A stored original file is missing or damaged (it no longer matches its fingerprint).</source>
        <translation>A stored original file is missing or damaged (it no longer matches its fingerprint).</translation>
    </message>
    <message>
        <source>Custody events {first}–{last} are missing.</source>
        <translation>Custody events {first}–{last} are missing.</translation>
    </message>
    <message>
        <source>A custody event failed verification.</source>
        <translation>A custody event failed verification.</translation>
    </message>
    <message>
        <source>The custody log&apos;s chain is broken here.</source>
        <translation>The custody log&apos;s chain is broken here.</translation>
    </message>
    <message>
        <source>A deleted document is back (restored outside Letapis).</source>
        <translation>A deleted document is back (restored outside Letapis).</translation>
    </message>
    <message>
        <source>A document was removed outside Letapis.</source>
        <translation>A document was removed outside Letapis.</translation>
    </message>
    <message>
        <source>A document is at version {version} but its history says {history} (rolled back or edited outside Letapis).</source>
        <translation>A document is at version {version} but its history says {history} (rolled back or edited outside Letapis).</translation>
    </message>
    <message>
        <source>A document has no custody history.</source>
        <translation>A document has no custody history.</translation>
    </message>
    <message>
        <source>Something is wrong here.</source>
        <translation>Something is wrong here.</translation>
    </message>
    <message>
        <source>The search index was older than the documents (restored from a copy?); it is being rebuilt. Searching may be slow for a moment.</source>
        <translation>The search index was older than the documents (restored from a copy?); it is being rebuilt. Searching may be slow for a moment.</translation>
    </message>
    <message>
        <source>The search index was damaged; it is being rebuilt from the documents. Searching may be slow for a moment.</source>
        <translation>The search index was damaged; it is being rebuilt from the documents. Searching may be slow for a moment.</translation>
    </message>
    <message>
        <source>The search index is being rebuilt; searching may be slow for a moment.</source>
        <translation>The search index is being rebuilt; searching may be slow for a moment.</translation>
    </message>
    <message>
        <source>This bundle was signed by a contact you removed.</source>
        <translation>This bundle was signed by a contact you removed.</translation>
    </message>
    <message>
        <source>This bundle is too large to open.</source>
        <translation>This bundle is too large to open.</translation>
    </message>
    <message>
        <source>Nothing in your vault was changed.</source>
        <translation>Nothing in your vault was changed.</translation>
    </message>
    <message>
        <source>This file is not a Letapis bundle.</source>
        <translation>This file is not a Letapis bundle.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was changed after it was made. Someone may have tampered with it, or the copy is incomplete. Do not use it; ask for a new copy.</source>
        <translation>This bundle is damaged or was changed after it was made. Someone may have tampered with it, or the copy is incomplete. Do not use it; ask for a new copy.</translation>
    </message>
    <message>
        <source>This bundle cannot be read: the file is incomplete or damaged (perhaps the copying did not finish). Ask for a new copy.</source>
        <translation>This bundle cannot be read: the file is incomplete or damaged (perhaps the copying did not finish). Ask for a new copy.</translation>
    </message>
    <message>
        <source>This bundle was not made for this vault: it cannot be opened with your key. Ask the sender to make it for you.</source>
        <translation>This bundle was not made for this vault: it cannot be opened with your key. Ask the sender to make it for you.</translation>
    </message>
    <message>
        <source>This bundle was signed by someone who is not among your contacts. Add their card and compare fingerprints first.</source>
        <extracomment>Stable codes (exchange/errors.py) with a sentence of their own.</extracomment>
        <translation>This bundle was signed by someone who is not among your contacts. Add their card and compare fingerprints first.</translation>
    </message>
    <message>
        <source>This bundle is older than one you already received from the same person. It may be an old copy sent again.</source>
        <translation>This bundle is older than one you already received from the same person. It may be an old copy sent again.</translation>
    </message>
    <message>
        <source>The sender seems to have made two different bundles with the same number. One of them may be forged. Ask the sender in person.</source>
        <translation>The sender seems to have made two different bundles with the same number. One of them may be forged. Ask the sender in person.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Letapis. Update Letapis, then try again.</source>
        <translation>This bundle was made by a newer version of Letapis. Update Letapis, then try again.</translation>
    </message>
    <message>
        <source>The bundle file could not be found.</source>
        <translation>The bundle file could not be found.</translation>
    </message>
    <message>
        <source>A part of this bundle is missing. A large bundle is split into several files ending in .001, .002 …; copy all of them into one folder.</source>
        <translation>A part of this bundle is missing. A large bundle is split into several files ending in .001, .002 …; copy all of them into one folder.</translation>
    </message>
    <message>
        <source>You cancelled.</source>
        <translation>You cancelled.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid: it may have been forged or changed on the way.</source>
        <extracomment>A code&apos;s kind (before &quot;/&quot;) → the sentence for reasons without one of their own.</extracomment>
        <translation>The bundle&apos;s signature is not valid: it may have been forged or changed on the way.</translation>
    </message>
    <message>
        <source>The disk or USB stick could not be read (it may have been removed).</source>
        <translation>The disk or USB stick could not be read (it may have been removed).</translation>
    </message>
    <message>
        <source>The bundle could not be received ({kind}).</source>
        <translation>The bundle could not be received ({kind}).</translation>
    </message>
    <message>
        <source>This file is not a valid contact card: it is damaged, changed, or not a Letapis card.</source>
        <translation>This file is not a valid contact card: it is damaged, changed, or not a Letapis card.</translation>
    </message>
    <message>
        <source>This is your own vault&apos;s card. Add the cards of the people you exchange with.</source>
        <translation>This is your own vault&apos;s card. Add the cards of the people you exchange with.</translation>
    </message>
    <message>
        <source>This card shares a key with one of your contacts but is different from it. It may be a mistake or someone pretending to be that contact.</source>
        <translation>This card shares a key with one of your contacts but is different from it. It may be a mistake or someone pretending to be that contact.</translation>
    </message>
    <message>
        <source>The card file could not be read.</source>
        <translation>The card file could not be read.</translation>
    </message>
    <message>
        <source>The card could not be used ({kind}).</source>
        <translation>The card could not be used ({kind}).</translation>
    </message>
    <message>
        <source>No contact was added.</source>
        <translation>No contact was added.</translation>
    </message>
    <message>
        <source>This vault is on a read-only disk or in a folder you cannot write to: you can search and read, but not change it. Copy the vault folder to a writable place to change it.</source>
        <translation>This vault is on a read-only disk or in a folder you cannot write to: you can search and read, but not change it. Copy the vault folder to a writable place to change it.</translation>
    </message>
    <message>
        <source>The search index is being prepared; try again in a moment.</source>
        <translation>The search index is being prepared; try again in a moment.</translation>
    </message>
    <message>
        <source>The disk refused to read or write (it may be full, read-only or removed). What was saved before is safe.</source>
        <translation>The disk refused to read or write (it may be full, read-only or removed). What was saved before is safe.</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>No document selected</source>
        <extracomment>&quot;Add spelling of a name…&quot; was chosen on this selected word.</extracomment>
        <translation>No document selected</translation>
    </message>
    <message>
        <source>Add spelling of a name…</source>
        <translation>Add spelling of a name…</translation>
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
    <name>ReceiveWizard</name>
    <message>
        <source>Checking the bundle: opening it, checking the signature and every part. Nothing in your vault changes yet.</source>
        <translation>Checking the bundle: opening it, checking the signature and every part. Nothing in your vault changes yet.</translation>
    </message>
    <message>
        <source>Receiving. Everything is added at the end, all at once, or nothing.</source>
        <translation>Receiving. Everything is added at the end, all at once, or nothing.</translation>
    </message>
    <message>
        <source>Choose the bundle file first.</source>
        <translation>Choose the bundle file first.</translation>
    </message>
    <message>
        <source>You received this bundle before. Receiving it again changes nothing.</source>
        <translation>You received this bundle before. Receiving it again changes nothing.</translation>
    </message>
    <message>
        <source>The person who signed this bundle is not among your contacts. Receive it only if you know who gave it to you; better, add their card and compare fingerprints first.</source>
        <translation>The person who signed this bundle is not among your contacts. Receive it only if you know who gave it to you; better, add their card and compare fingerprints first.</translation>
    </message>
    <message>
        <source>You have not compared fingerprints with this contact yet. Compare them (Exchange → Contacts) to be sure the bundle is really from them.</source>
        <translation>You have not compared fingerprints with this contact yet. Compare them (Exchange → Contacts) to be sure the bundle is really from them.</translation>
    </message>
    <message>
        <source>This bundle is older than one you already received from this person. It may be an old copy sent again.</source>
        <translation>This bundle is older than one you already received from this person. It may be an old copy sent again.</translation>
    </message>
    <message>
        <source>If you receive it, this bundle will change:</source>
        <translation>If you receive it, this bundle will change:</translation>
    </message>
    <message>
        <source>new documents: {n}</source>
        <translation>new documents: {n}</translation>
    </message>
    <message>
        <source>updated documents: {n}</source>
        <translation>updated documents: {n}</translation>
    </message>
    <message>
        <source>already here (no change): {n}</source>
        <translation>already here (no change): {n}</translation>
    </message>
    <message>
        <source>conflicting edits (you choose later): {n}</source>
        <translation>conflicting edits (you choose later): {n}</translation>
    </message>
    <message>
        <source>You received this bundle before; nothing was changed.</source>
        <translation>You received this bundle before; nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle from {name} was received.</source>
        <translation>The bundle from {name} was received.</translation>
    </message>
    <message>
        <source>New documents: {n}</source>
        <translation>New documents: {n}</translation>
    </message>
    <message>
        <source>Updated documents: {n}</source>
        <translation>Updated documents: {n}</translation>
    </message>
    <message>
        <source>Already here: {n}</source>
        <translation>Already here: {n}</translation>
    </message>
    <message>
        <source>Conflicting edits: {n}</source>
        <translation>Conflicting edits: {n}</translation>
    </message>
    <message>
        <source>Some documents were edited both here and by the sender. Your version is kept for now; choose which to keep in Exchange → Conflicts.</source>
        <translation>Some documents were edited both here and by the sender. Your version is kept for now; choose which to keep in Exchange → Conflicts.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Step 1: choose the bundle</source>
        <translation>Step 1: choose the bundle</translation>
    </message>
    <message>
        <source>Step 2: checking</source>
        <translation>Step 2: checking</translation>
    </message>
    <message>
        <source>Step 3: who sent it and what it changes</source>
        <translation>Step 3: who sent it and what it changes</translation>
    </message>
    <message>
        <source>Step 4: receiving</source>
        <translation>Step 4: receiving</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>Receive a bundle</translation>
    </message>
    <message>
        <source>Choose the bundle file (it ends in .letapis-bundle, or .001 for a bundle in several files), or drop it on the window. It is checked completely before anything in your vault changes.</source>
        <translation>Choose the bundle file (it ends in .letapis-bundle, or .001 for a bundle in several files), or drop it on the window. It is checked completely before anything in your vault changes.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>The bundle is intact. It was signed by:</source>
        <translation>The bundle is intact. It was signed by:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Who this is:</source>
        <translation>Who this is:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>I know who gave me this bundle; receive it anyway</source>
        <translation>I know who gave me this bundle; receive it anyway</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Receive adds everything at once, or nothing.</source>
        <translation>Nothing has changed yet. Receive adds everything at once, or nothing.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Check the bundle</source>
        <translation>&amp;Check the bundle</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose &amp;versions…</source>
        <translation>Choose &amp;versions…</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Choose a bundle</translation>
    </message>
    <message>
        <source>Letapis bundles (*.letapis-bundle *.letapis-bundle.001);;All files (*)</source>
        <translation>Letapis bundles (*.letapis-bundle *.letapis-bundle.001);;All files (*)</translation>
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
    <name>VariantsDialog</name>
    <message>
        <source>(no groups of your own yet)</source>
        <translation>(no groups of your own yet)</translation>
    </message>
    <message>
        <source>Write at least two spellings of the same name, separated by commas.</source>
        <translation>Write at least two spellings of the same name, separated by commas.</translation>
    </message>
    <message>
        <source>Spellings of names</source>
        <translation>Spellings of names</translation>
    </message>
    <message>
        <source>Letapis already finds many names in every spelling (Lukashenka, Лукашенко, Łukašenka). Add the names it does not know: the spellings in one group are found together, whichever one you search for.</source>
        <translation>Letapis already finds many names in every spelling (Lukashenka, Лукашенко, Łukašenka). Add the names it does not know: the spellings in one group are found together, whichever one you search for.</translation>
    </message>
    <message>
        <source>Groups of spellings added in this vault</source>
        <translation>Groups of spellings added in this vault</translation>
    </message>
    <message>
        <source>&amp;New group (spellings separated by commas):</source>
        <translation>&amp;New group (spellings separated by commas):</translation>
    </message>
    <message>
        <source>e.g. Зміцер, Змитер, Dzmitry, Dmitry</source>
        <translation>e.g. Зміцер, Змитер, Dzmitry, Dmitry</translation>
    </message>
    <message>
        <source>New group of spellings</source>
        <translation>New group of spellings</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Add group</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Remove group</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VaultView</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean {link}?</source>
        <extracomment>Milliseconds of quiet typing before a search starts. The person asked to add a spelling of this name (from the reader).</extracomment>
        <translation>Did you mean {link}?</translation>
    </message>
    <message>
        <source>titles only: the search index is being prepared</source>
        <translation>titles only: the search index is being prepared</translation>
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
        <source>Type a name in any spelling (Лукашенко, Lukashenka, Łukašenka), words, or &quot;an exact phrase&quot; in quotes. Results appear as you type. (Ctrl+F)</source>
        <translation>Type a name in any spelling (Лукашенко, Lukashenka, Łukašenka), words, or &quot;an exact phrase&quot; in quotes. Results appear as you type. (Ctrl+F)</translation>
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
    <name>VerifyDialog</name>
    <message>
        <source>Compare fingerprints</source>
        <translation>Compare fingerprints</translation>
    </message>
    <message>
        <source>Meet {name} in person or call them on a line you trust. Ask them to open “Your identity” in Letapis and read their fingerprint aloud, group by group, while you read along below (or compare the QR codes side by side). Every number must be the same.</source>
        <translation>Meet {name} in person or call them on a line you trust. Ask them to open “Your identity” in Letapis and read their fingerprint aloud, group by group, while you read along below (or compare the QR codes side by side). Every number must be the same.</translation>
    </message>
    <message>
        <source>Their fingerprint</source>
        <translation>Their fingerprint</translation>
    </message>
    <message>
        <source>QR code of their card</source>
        <translation>QR code of their card</translation>
    </message>
    <message>
        <source>If even one number differs, do not mark this contact verified: the card may not be theirs.</source>
        <translation>If even one number differs, do not mark this contact verified: the card may not be theirs.</translation>
    </message>
    <message>
        <source>They match: add as verified</source>
        <translation>They match: add as verified</translation>
    </message>
    <message>
        <source>They match: verified</source>
        <translation>They match: verified</translation>
    </message>
    <message>
        <source>Add, compare later</source>
        <translation>Add, compare later</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
<context>
    <name>WhatPage</name>
    <message>
        <source>A bundle is an encrypted, signed file for the contacts you choose. Send:</source>
        <translation>A bundle is an encrypted, signed file for the contacts you choose. Send:</translation>
    </message>
    <message>
        <source>Everything &amp;new since our last exchange</source>
        <translation>Everything &amp;new since our last exchange</translation>
    </message>
    <message>
        <source>&amp;Everything in the vault</source>
        <translation>&amp;Everything in the vault</translation>
    </message>
    <message>
        <source>(filters only)</source>
        <translation>(filters only)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The current &amp;search: {query}</source>
        <translation>The current &amp;search: {query}</translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>A &amp;collection:</translation>
    </message>
    <message>
        <source>Chosen &amp;documents (tick them below):</source>
        <translation>Chosen &amp;documents (tick them below):</translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>One file (no splitting)</source>
        <extracomment>Room kept free besides the bundle (temporary names, the file system&apos;s own needs).</extracomment>
        <translation>One file (no splitting)</translation>
    </message>
    <message>
        <source>Below 4 GiB (fits any USB stick)</source>
        <translation>Below 4 GiB (fits any USB stick)</translation>
    </message>
    <message>
        <source>2 GiB</source>
        <translation>2 GiB</translation>
    </message>
    <message>
        <source>1 GiB</source>
        <translation>1 GiB</translation>
    </message>
    <message>
        <source>650 MiB (fits a CD)</source>
        <translation>650 MiB (fits a CD)</translation>
    </message>
    <message>
        <source>100 MiB (for e-mail or slow links)</source>
        <translation>100 MiB (for e-mail or slow links)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>This is a FAT disk (most USB sticks): no file may be 4 GiB or larger, so large bundles are split into several files.</source>
        <translation>This is a FAT disk (most USB sticks): no file may be 4 GiB or larger, so large bundles are split into several files.</translation>
    </message>
    <message>
        <source>File system: {fs}.</source>
        <translation>File system: {fs}.</translation>
    </message>
    <message>
        <source>The kind of disk is unknown, so large bundles are split below 4 GiB to be safe.</source>
        <translation>The kind of disk is unknown, so large bundles are split below 4 GiB to be safe.</translation>
    </message>
    <message>
        <source>Free space: {free}.</source>
        <translation>Free space: {free}.</translation>
    </message>
    <message>
        <source>Choose the folder to write to, for example your USB stick.</source>
        <translation>Choose the folder to write to, for example your USB stick.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Split into files of:</source>
        <translation>&amp;Split into files of:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose where to write the bundle</source>
        <translation>Choose where to write the bundle</translation>
    </message>
</context>
</TS>
