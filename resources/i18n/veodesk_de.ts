<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AppController</name>
        <message>
            <source>Still loading your API key; try again in a moment.</source>
            <translation>Ihr API-Schlüssel wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Preparing the frames…</source>
            <translation>Bilder werden vorbereitet…</translation>
        </message>
        <message>
            <source>The last frame is now the first frame: choose where the next clip ends.</source>
            <translation>Das Endbild ist jetzt das Startbild: Wählen Sie, wo der nächste Clip endet.</translation>
        </message>
    </context>
    <context>
        <name>BalancePresenter</name>
        <message>
            <source>&lt;a href="{url}"&gt;Top up&lt;/a&gt;</source>
            <translation>&lt;a href="{url}"&gt;Aufladen&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Add funds on the AI/ML API site ({url})</source>
            <translation>Guthaben auf der Website der AI/ML API aufladen ({url})</translation>
        </message>
        <message>
            <source>Balance: reading…</source>
            <translation>Guthaben: wird gelesen…</translation>
        </message>
        <message>
            <source>Balance: unknown</source>
            <translation>Guthaben: unbekannt</translation>
        </message>
        <message>
            <source>The balance could not be read: {error}</source>
            <translation>Das Guthaben konnte nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>Balance: {amount} · {age} · low</source>
            <translation>Guthaben: {amount} · {age} · niedrig</translation>
        </message>
        <message>
            <source>Balance: {amount} · {age}</source>
            <translation>Guthaben: {amount} · {age}</translation>
        </message>
        <message numerus="yes">
            <source>{credits} credit(s). The last refresh failed: {error}</source>
            <translation>
                <numerusform>{credits} Credit. Die letzte Aktualisierung ist fehlgeschlagen: {error}</numerusform>
                <numerusform>{credits} Credits. Die letzte Aktualisierung ist fehlgeschlagen: {error}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{credits} credit(s)</source>
            <translation>
                <numerusform>{credits} Credit</numerusform>
                <numerusform>{credits} Credits</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} · &lt;a href="{link}"&gt;Refresh&lt;/a&gt;</source>
            <translation>{status} · &lt;a href="{link}"&gt;Aktualisieren&lt;/a&gt;</translation>
        </message>
        <message>
            <source>The expected cost of this video, about {cost}, is more than your balance of {balance}. You can still send it (the balance may lag behind), but it may fail; top up to be sure.</source>
            <translation>Die erwarteten Kosten dieses Videos, etwa {cost}, übersteigen Ihr Guthaben von {balance}. Sie können es trotzdem senden (das Guthaben wird eventuell verzögert aktualisiert), aber es kann fehlschlagen; laden Sie sicherheitshalber auf.</translation>
        </message>
        <message>
            <source>Your AI/ML API balance is low: {balance}. You can still send jobs; top up before the credits run out.</source>
            <translation>Ihr Guthaben bei der AI/ML API ist niedrig: {balance}. Sie können weiterhin Aufträge senden; laden Sie auf, bevor die Credits aufgebraucht sind.</translation>
        </message>
        <message>
            <source>Top up</source>
            <translation>Aufladen</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Meldung schließen</translation>
        </message>
        <message>
            <source>Error: {text}</source>
            <translation>Fehler: {text}</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>Warnung: {text}</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>Hinweis: {text}</translation>
        </message>
    </context>
    <context>
        <name>ComposePanel</name>
        <message>
            <source>Swap the first and last frames</source>
            <translation>Start- und Endbild tauschen</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Describe what happens between the two frames: the motion, the camera, the mood, the sound…</source>
            <translation>Beschreiben Sie, was zwischen den beiden Bildern geschieht: die Bewegung, die Kamera, die Stimmung, den Ton…</translation>
        </message>
        <message>
            <source>How a picture of another shape becomes the video's shape: cropped (drag the highlighted area to choose what stays), padded with a blurred border, or sent unchanged for the service to handle.</source>
            <translation>Wie ein Bild mit anderem Format in das Format des Videos kommt: zugeschnitten (ziehen Sie den hervorgehobenen Bereich, um zu wählen, was bleibt), mit unscharfem Rand aufgefüllt oder unverändert gesendet, damit der Dienst es anpasst.</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Generieren</translation>
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation>&amp;Prompt</translation>
        </message>
        <message>
            <source>&amp;Duration</source>
            <translation>&amp;Dauer</translation>
        </message>
        <message>
            <source>&amp;Resolution</source>
            <translation>&amp;Auflösung</translation>
        </message>
        <message>
            <source>&amp;Aspect ratio</source>
            <translation>&amp;Seitenverhältnis</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>A&amp;npassung</translation>
        </message>
        <message>
            <source>write a prompt</source>
            <translation>einen Prompt schreiben</translation>
        </message>
        <message>
            <source>shorten the prompt to {limit} characters</source>
            <translation>den Prompt auf {limit} Zeichen kürzen</translation>
        </message>
        <message>
            <source>Expected cost: estimating…</source>
            <translation>Erwartete Kosten: werden geschätzt…</translation>
        </message>
        <message>
            <source>Expected cost: {estimate} · usually ready in {duration}</source>
            <translation>Erwartete Kosten: {estimate} · meist fertig in {duration}</translation>
        </message>
        <message>
            <source>Expected cost: {estimate}</source>
            <translation>Erwartete Kosten: {estimate}</translation>
        </message>
        <message>
            <source>{count} / {limit}: too long</source>
            <translation>{count} / {limit}: zu lang</translation>
        </message>
        <message>
            <source>{count} / {limit}</source>
            <translation>{count} / {limit}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the steps still to do</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>To generate, {steps}.</source>
            <translation>Zum Generieren: {steps}.</translation>
        </message>
        <message>
            <source>Generate the video (Ctrl+Return)</source>
            <translation>Video generieren (Strg+Eingabe)</translation>
        </message>
    </context>
    <context>
        <name>DemoMode</name>
        <message>
            <source>Demo: rendered locally, not by Veo</source>
            <translation>Demo: lokal erzeugt, nicht von Veo</translation>
        </message>
        <message>
            <source>Finish or stop the running jobs before starting the demo.</source>
            <translation>Beenden oder stoppen Sie die laufenden Aufträge, bevor Sie die Demo starten.</translation>
        </message>
        <message>
            <source>The demo could not start: {error}</source>
            <translation>Die Demo konnte nicht starten: {error}</translation>
        </message>
        <message>
            <source>The demo history could not be opened: {error}</source>
            <translation>Der Verlauf der Demo konnte nicht geöffnet werden: {error}</translation>
        </message>
        <message>
            <source>Demo ready: press Generate to render the sample locally.</source>
            <translation>Demo bereit: Klicken Sie auf „Generieren“, um das Beispiel lokal zu erzeugen.</translation>
        </message>
        <message>
            <source>Finish or stop the running jobs before leaving the demo.</source>
            <translation>Beenden oder stoppen Sie die laufenden Aufträge, bevor Sie die Demo verlassen.</translation>
        </message>
        <message>
            <source>Demo closed: jobs now go to the AI/ML API with your key.</source>
            <translation>Demo beendet: Aufträge gehen jetzt mit Ihrem Schlüssel an die AI/ML API.</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif *.heic *.heif *.avif);;All files (*)</source>
            <translation>Bilder (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif *.heic *.heif *.avif);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Save the video as</source>
            <translation>Video speichern unter</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>MP4-Video (*.mp4)</translation>
        </message>
        <message>
            <source>Save videos in</source>
            <translation>Videos speichern in</translation>
        </message>
    </context>
    <context>
        <name>FilmDialog</name>
        <message>
            <source>No timeline</source>
            <translation>Keine Timeline</translation>
        </message>
        <message>
            <source>OpenTimelineIO (.otio)</source>
            <translation>OpenTimelineIO (.otio)</translation>
        </message>
        <message>
            <source>Final Cut Pro 7 XML (.xml), for Premiere and Resolve</source>
            <translation>Final Cut Pro 7 XML (.xml), für Premiere und Resolve</translation>
        </message>
        <message>
            <source>CMX 3600 EDL (.edl)</source>
            <translation>CMX 3600 EDL (.edl)</translation>
        </message>
        <message>
            <source>Music (*.mp3 *.wav *.flac *.m4a *.aac *.mp4);;All files (*)</source>
            <translation>Musik (*.mp3 *.wav *.flac *.m4a *.aac *.mp4);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Join into a film</source>
            <translation>Zu einem Film verbinden</translation>
        </message>
        <message>
            <source>Clips, in the film's order</source>
            <translation>Clips, in der Reihenfolge des Films</translation>
        </message>
        <message>
            <source>#{id}  {prompt}  ({seconds} s)</source>
            <translation>#{id}  {prompt}  ({seconds} s)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Transition</source>
            <translation>Übergang</translation>
        </message>
        <message>
            <source>Cut: each shared keyframe shows once</source>
            <translation>Schnitt: jedes gemeinsame Schlüsselbild erscheint einmal</translation>
        </message>
        <message>
            <source>Crossfade</source>
            <translation>Überblendung</translation>
        </message>
        <message>
            <source>Crossfade length</source>
            <translation>Länge der Überblendung</translation>
        </message>
        <message>
            <source> frames</source>
            <comment>after a number</comment>
            <translation> Bilder</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>Musik</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no music</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Choose the music</source>
            <translation>Musik auswählen</translation>
        </message>
        <message>
            <source>Only the music (mute the clips' own sound)</source>
            <translation>Nur die Musik (Originalton der Clips stumm)</translation>
        </message>
        <message>
            <source>Even out loudness (−16 LUFS)</source>
            <translation>Lautstärke angleichen (−16 LUFS)</translation>
        </message>
        <message>
            <source>Fade in and out</source>
            <translation>Ein- und ausblenden</translation>
        </message>
        <message>
            <source> s</source>
            <comment>after a number of seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no fade</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>Timeline for an editor</source>
            <translation>Timeline für den Schnitt</translation>
        </message>
        <message>
            <source>Loudness</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>Saved as</source>
            <translation>Gespeichert als</translation>
        </message>
        <message>
            <source>%p %</source>
            <comment>the progress in percent</comment>
            <translation>%p %</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>The clips, in the film's order (drag to reorder):</source>
            <translation>Die Clips in der Reihenfolge des Films (zum Umordnen ziehen):</translation>
        </message>
    </context>
    <context>
        <name>FilmJoinFlow</name>
        <message>
            <source>The film is ready: {path}</source>
            <translation>Der Film ist fertig: {path}</translation>
        </message>
        <message>
            <source>Joining stopped: no film was written.</source>
            <translation>Verbinden gestoppt: Es wurde kein Film geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>&lt;{amount}</source>
            <comment>less than a cent</comment>
            <translation>&lt;{amount}</translation>
        </message>
        <message numerus="yes">
            <source>{usd} ({credits} credit(s))</source>
            <translation>
                <numerusform>{usd} ({credits} Credit)</numerusform>
                <numerusform>{usd} ({credits} Credits)</numerusform>
            </translation>
        </message>
        <message>
            <source>about {cost}, from your history</source>
            <translation>etwa {cost}, aus Ihrem Verlauf</translation>
        </message>
        <message>
            <source>about {cost}, list price {date}</source>
            <translation>etwa {cost}, Listenpreis {date}</translation>
        </message>
        <message>
            <source>updated just now</source>
            <translation>gerade aktualisiert</translation>
        </message>
        <message numerus="yes">
            <source>updated %n min ago</source>
            <translation>
                <numerusform>vor %n Min. aktualisiert</numerusform>
                <numerusform>vor %n Min. aktualisiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n h ago</source>
            <translation>
                <numerusform>vor %n Std. aktualisiert</numerusform>
                <numerusform>vor %n Std. aktualisiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag aktualisiert</numerusform>
                <numerusform>vor %n Tagen aktualisiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameSlot</name>
        <message>
            <source>Press Enter to choose a picture. When the picture is cropped, the arrow keys move the crop.</source>
            <translation>Drücken Sie die Eingabetaste, um ein Bild zu wählen. Wird das Bild zugeschnitten, verschieben die Pfeiltasten den Ausschnitt.</translation>
        </message>
        <message>
            <source>or an image link: https://…</source>
            <translation>oder ein Bild-Link: https://…</translation>
        </message>
        <message>
            <source>Saving the pasted picture…</source>
            <translation>Eingefügtes Bild wird gespeichert…</translation>
        </message>
        <message>
            <source>The pasted picture could not be kept: {error}</source>
            <translation>Das eingefügte Bild konnte nicht gespeichert werden: {error}</translation>
        </message>
        <message>
            <source>Image link from {host}
The service fetches it when you generate.</source>
            <translation>Bild-Link von {host}
Der Dienst lädt es beim Generieren.</translation>
        </message>
        <message>
            <source>Loading preview…</source>
            <translation>Vorschau wird geladen…</translation>
        </message>
        <message>
            <source>This picture cannot be used.
Click to choose another.</source>
            <translation>Dieses Bild ist nicht verwendbar.
Klicken Sie, um ein anderes zu wählen.</translation>
        </message>
        <message>
            <source>A link must start with http:// or https://.</source>
            <translation>Ein Link muss mit http:// oder https:// beginnen.</translation>
        </message>
        <message>
            <source>Drop a picture here
or click to choose one</source>
            <translation>Bild hierher ziehen
oder klicken, um eines zu wählen</translation>
        </message>
        <message>
            <source>{name} · {width}×{height}</source>
            <translation>{name} · {width}×{height}</translation>
        </message>
        <message>
            <source>Sent as a link</source>
            <translation>Wird als Link gesendet</translation>
        </message>
        <message>
            <source>⚠ {note}</source>
            <translation>⚠ {note}</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>leer</translation>
        </message>
        <message>
            <source>loading</source>
            <translation>wird geladen</translation>
        </message>
        <message>
            <source>link {url}</source>
            <translation>Link {url}</translation>
        </message>
        <message>
            <source>The clipboard holds no picture, image file or link.</source>
            <translation>Die Zwischenablage enthält kein Bild, keine Bilddatei und keinen Link.</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>Startbild</translation>
        </message>
        <message>
            <source>Choose the first frame</source>
            <translation>Startbild wählen</translation>
        </message>
        <message>
            <source>Choose the first frame (Ctrl+O)</source>
            <translation>Startbild wählen (Strg+O)</translation>
        </message>
        <message>
            <source>Paste an image as the first frame</source>
            <translation>Bild als Startbild einfügen</translation>
        </message>
        <message>
            <source>Clear the first frame</source>
            <translation>Startbild entfernen</translation>
        </message>
        <message>
            <source>First frame preview</source>
            <translation>Vorschau des Startbilds</translation>
        </message>
        <message>
            <source>First frame link</source>
            <translation>Link zum Startbild</translation>
        </message>
        <message>
            <source>First frame: {state}</source>
            <translation>Startbild: {state}</translation>
        </message>
        <message>
            <source>choose a first frame</source>
            <translation>ein Startbild wählen</translation>
        </message>
        <message>
            <source>wait for the first frame to load</source>
            <translation>warten, bis das Startbild geladen ist</translation>
        </message>
        <message>
            <source>replace the first frame: {error}</source>
            <translation>das Startbild ersetzen: {error}</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>Endbild</translation>
        </message>
        <message>
            <source>Choose the last frame</source>
            <translation>Endbild wählen</translation>
        </message>
        <message>
            <source>Choose the last frame (Ctrl+O)</source>
            <translation>Endbild wählen (Strg+O)</translation>
        </message>
        <message>
            <source>Paste an image as the last frame</source>
            <translation>Bild als Endbild einfügen</translation>
        </message>
        <message>
            <source>Clear the last frame</source>
            <translation>Endbild entfernen</translation>
        </message>
        <message>
            <source>Last frame preview</source>
            <translation>Vorschau des Endbilds</translation>
        </message>
        <message>
            <source>Last frame link</source>
            <translation>Link zum Endbild</translation>
        </message>
        <message>
            <source>Last frame: {state}</source>
            <translation>Endbild: {state}</translation>
        </message>
        <message>
            <source>choose a last frame</source>
            <translation>ein Endbild wählen</translation>
        </message>
        <message>
            <source>wait for the last frame to load</source>
            <translation>warten, bis das Endbild geladen ist</translation>
        </message>
        <message>
            <source>replace the last frame: {error}</source>
            <translation>das Endbild ersetzen: {error}</translation>
        </message>
    </context>
    <context>
        <name>JobActions</name>
        <message>
            <source>The video of job {id} is no longer at {path}. It may have been moved or deleted.</source>
            <translation>Das Video von Auftrag {id} liegt nicht mehr unter {path}. Es wurde vielleicht verschoben oder gelöscht.</translation>
        </message>
        <message>
            <source>The job's frames and settings are back in the compose panel.</source>
            <translation>Die Bilder und Einstellungen des Auftrags sind wieder im Erstellungsbereich.</translation>
        </message>
        <message>
            <source>Stopped waiting. The API has no cancel: the task still runs on the server.</source>
            <translation>Warten beendet. Die API kann nicht abbrechen: Die Aufgabe läuft auf dem Server weiter.</translation>
        </message>
        <message>
            <source>Job {id} could not be sent again: {error}</source>
            <translation>Auftrag {id} konnte nicht erneut gesendet werden: {error}</translation>
        </message>
        <message>
            <source>about {cost}</source>
            <translation>etwa {cost}</translation>
        </message>
        <message>
            <source>This sends job {id}'s frames, prompt and settings again as a new task, without audio: Veo's audio filter blocks some videos that pass without it. It costs {price}.</source>
            <translation>Damit werden Bilder, Prompt und Einstellungen von Auftrag {id} erneut als neue Aufgabe gesendet, ohne Ton: Der Audiofilter von Veo blockiert manche Videos, die ohne Ton durchgehen. Es kostet {price}.</translation>
        </message>
        <message>
            <source>This sends job {id}'s frames, prompt and settings again as a new task. It costs {price}.</source>
            <translation>Damit werden Bilder, Prompt und Einstellungen von Auftrag {id} erneut als neue Aufgabe gesendet. Es kostet {price}.</translation>
        </message>
        <message>
            <source>Submit again without audio?</source>
            <translation>Ohne Ton erneut senden?</translation>
        </message>
        <message>
            <source>Submit again?</source>
            <translation>Erneut senden?</translation>
        </message>
        <message>
            <source>Submit without audio</source>
            <translation>Ohne Ton senden</translation>
        </message>
        <message>
            <source>Submit again</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <source>No file manager could be opened. The video is at {path}</source>
            <translation>Es konnte kein Dateimanager geöffnet werden. Das Video liegt unter {path}</translation>
        </message>
        <message>
            <source>Generation id copied.</source>
            <translation>Generierungs-ID kopiert.</translation>
        </message>
        <message>
            <source>Video URL copied. It may expire after a while.</source>
            <translation>Video-URL kopiert. Sie kann nach einer Weile ablaufen.</translation>
        </message>
        <message>
            <source>Saved a copy as {path}</source>
            <translation>Kopie gespeichert als {path}</translation>
        </message>
        <message>
            <source>The copy could not be saved: {error}</source>
            <translation>Die Kopie konnte nicht gespeichert werden: {error}</translation>
        </message>
        <message>
            <source>Delete job?</source>
            <translation>Auftrag löschen?</translation>
        </message>
        <message>
            <source>Delete job {id} from the history?</source>
            <translation>Auftrag {id} aus dem Verlauf löschen?</translation>
        </message>
        <message>
            <source>Its video is {path}</source>
            <translation>Sein Video ist {path}</translation>
        </message>
        <message>
            <source>Delete job and video</source>
            <translation>Auftrag und Video löschen</translation>
        </message>
        <message>
            <source>Delete job, keep video</source>
            <translation>Auftrag löschen, Video behalten</translation>
        </message>
        <message>
            <source>Delete job</source>
            <translation>Auftrag löschen</translation>
        </message>
        <message>
            <source>Deleted job {id} and its video.</source>
            <translation>Auftrag {id} und sein Video gelöscht.</translation>
        </message>
        <message>
            <source>Deleted job {id}.</source>
            <translation>Auftrag {id} gelöscht.</translation>
        </message>
        <message>
            <source>Job {id} could not be deleted: {error}</source>
            <translation>Auftrag {id} konnte nicht gelöscht werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>JobEvents</name>
        <message>
            <source>sent to the API</source>
            <translation>an die API gesendet</translation>
        </message>
        <message>
            <source>job {id}: {event}</source>
            <translation>Auftrag {id}: {event}</translation>
        </message>
        <message>
            <source>Job {id}: {event}</source>
            <translation>Auftrag {id}: {event}</translation>
        </message>
        <message>
            <source>About your frames: {warnings}</source>
            <translation>Zu Ihren Bildern: {warnings}</translation>
        </message>
        <message>
            <source>job {id}</source>
            <translation>Auftrag {id}</translation>
        </message>
        <message>
            <source>Video ready: {name}</source>
            <translation>Video fertig: {name}</translation>
        </message>
        <message>
            <source>Your video is ready</source>
            <translation>Ihr Video ist fertig</translation>
        </message>
    </context>
    <context>
        <name>JobHistory</name>
        <message>
            <source>The job history could not be read: {error}</source>
            <translation>Der Auftragsverlauf konnte nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>Unfinished jobs could not be listed: {error}</source>
            <translation>Unfertige Aufträge konnten nicht aufgelistet werden: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Resuming %n unfinished job(s) from last time.</source>
            <translation>
                <numerusform>%n unfertiger Auftrag vom letzten Mal wird fortgesetzt.</numerusform>
                <numerusform>%n unfertige Aufträge vom letzten Mal werden fortgesetzt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobListView</name>
        <message>
            <source>No videos yet.
Choose two frames, describe the motion and press Generate.</source>
            <translation>Noch keine Videos.
Wählen Sie zwei Bilder, beschreiben Sie die Bewegung und klicken Sie auf „Generieren“.</translation>
        </message>
    </context>
    <context>
        <name>JobsController</name>
        <message>
            <source>You stopped waiting. The API cannot cancel a task, so it keeps running (and is charged) on the server; choose Resume waiting to fetch the video.</source>
            <translation>Sie warten nicht mehr. Die API kann eine Aufgabe nicht abbrechen, sie läuft also auf dem Server weiter (und wird berechnet); wählen Sie „Weiter warten“, um das Video abzuholen.</translation>
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <source>Preparing</source>
            <translation>Vorbereitung</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>In Warteschlange</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>Wird generiert</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Herunterladen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>the aspect ratio</comment>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>film</source>
            <translation>Film</translation>
        </message>
        <message>
            <source>Generation id: {id}</source>
            <translation>Generierungs-ID: {id}</translation>
        </message>
    </context>
    <context>
        <name>JobsPanel</name>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Aufträge</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <source>Reuse settings</source>
            <translation>Einstellungen übernehmen</translation>
        </message>
        <message>
            <source>Reuse</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Submit again…</source>
            <translation>Erneut senden…</translation>
        </message>
        <message>
            <source>Submit again</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <source>Submit again without audio…</source>
            <translation>Ohne Ton erneut senden…</translation>
        </message>
        <message>
            <source>Without audio</source>
            <translation>Ohne Ton</translation>
        </message>
        <message>
            <source>Send the same frames, prompt and settings as a silent video: Veo's audio filter blocks some videos that pass without audio</source>
            <translation>Dieselben Bilder, denselben Prompt und dieselben Einstellungen als stummes Video senden: Der Audiofilter von Veo blockiert manche Videos, die ohne Ton durchgehen</translation>
        </message>
        <message>
            <source>Resume waiting</source>
            <translation>Weiter warten</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Stop waiting</source>
            <translation>Nicht mehr warten</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Im Ordner zeigen</translation>
        </message>
        <message>
            <source>Copy generation id</source>
            <translation>Generierungs-ID kopieren</translation>
        </message>
        <message>
            <source>Copy video URL</source>
            <translation>Video-URL kopieren</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Join into a film…</source>
            <translation>Zu einem Film verbinden…</translation>
        </message>
        <message>
            <source>Select two or more finished videos (Ctrl+click or Shift+click) to join them</source>
            <translation>Wählen Sie zwei oder mehr fertige Videos (Strg+Klick oder Umschalt+Klick), um sie zu verbinden</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>More job actions</source>
            <translation>Weitere Aktionen für Aufträge</translation>
        </message>
        <message numerus="yes">
            <source>%Ln job(s) · {cost} spent</source>
            <translation>
                <numerusform>%Ln Auftrag · {cost} ausgegeben</numerusform>
                <numerusform>%Ln Aufträge · {cost} ausgegeben</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LastFrameGrabber</name>
        <message>
            <source>Reading the video took too long.</source>
            <translation>Das Lesen des Videos hat zu lange gedauert.</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>nicht lesbar</translation>
        </message>
        <message>
            <source>The file has no video track.</source>
            <translation>Die Datei hat keine Videospur.</translation>
        </message>
        <message>
            <source>The file is not a video Qt can read.</source>
            <translation>Die Datei ist kein Video, das Qt lesen kann.</translation>
        </message>
        <message>
            <source>The last frame could not be captured: {error}</source>
            <translation>Das letzte Bild konnte nicht übernommen werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Loading the player…</source>
            <translation>Player wird geladen…</translation>
        </message>
        <message>
            <source>&amp;Open frame…</source>
            <translation>Bild ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Paste frame</source>
            <translation>Bild ein&amp;fügen</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>&amp;Demo ausprobieren</translation>
        </message>
        <message>
            <source>&amp;Leave the demo</source>
            <translation>Demo &amp;verlassen</translation>
        </message>
        <message>
            <source>Get an API &amp;key</source>
            <translation>API-&amp;Schlüssel holen</translation>
        </message>
        <message>
            <source>Refresh the &amp;balance</source>
            <translation>&amp;Guthaben aktualisieren</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>&amp;Protokollordner öffnen</translation>
        </message>
        <message>
            <source>Copy &amp;diagnostics</source>
            <translation>D&amp;iagnose kopieren</translation>
        </message>
        <message>
            <source>Copy versions, settings and recent log lines, without your key or private paths, to paste into a bug report</source>
            <translation>Versionen, Einstellungen und die letzten Protokollzeilen kopieren, ohne Ihren Schlüssel und private Pfade, zum Einfügen in einen Fehlerbericht</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Jobs</source>
            <translation>&amp;Aufträge</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>veodesk — {mode}</source>
            <translation>veodesk — {mode}</translation>
        </message>
    </context>
    <context>
        <name>Parameters</name>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Auflösung</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>Seitenverhältnis</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Anpassung</translation>
        </message>
        <message>
            <source>Generate audio</source>
            <translation>Ton erzeugen</translation>
        </message>
        <message>
            <source>4 seconds</source>
            <translation>4 Sekunden</translation>
        </message>
        <message>
            <source>6 seconds</source>
            <translation>6 Sekunden</translation>
        </message>
        <message>
            <source>8 seconds</source>
            <translation>8 Sekunden</translation>
        </message>
        <message>
            <source>Auto (from the first frame)</source>
            <translation>Automatisch (nach dem Startbild)</translation>
        </message>
        <message>
            <source>16:9 landscape</source>
            <translation>16:9 Querformat</translation>
        </message>
        <message>
            <source>9:16 portrait</source>
            <translation>9:16 Hochformat</translation>
        </message>
        <message>
            <source>Crop to fill</source>
            <translation>Zuschneiden</translation>
        </message>
        <message>
            <source>Pad to fit</source>
            <translation>Mit Rand einpassen</translation>
        </message>
        <message>
            <source>Leave as is</source>
            <translation>Unverändert lassen</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>mit Ton</translation>
        </message>
        <message>
            <source>silent</source>
            <translation>ohne Ton</translation>
        </message>
    </context>
    <context>
        <name>Player</name>
        <message>
            <source>Play (Space)</source>
            <translation>Abspielen (Leertaste)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>Stumm</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Use last frame as next first frame</source>
            <translation>Letztes Bild als nächstes Startbild</translation>
        </message>
        <message>
            <source>Put this video's final frame into the first-frame slot, to continue the scene</source>
            <translation>Das letzte Bild dieses Videos als Startbild einsetzen, um die Szene fortzusetzen</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Your video plays here.
Generate one, or pick a finished job.</source>
            <translation>Hier wird Ihr Video abgespielt.
Generieren Sie eines oder wählen Sie einen fertigen Auftrag.</translation>
        </message>
        <message>
            <source>Last frame of the video</source>
            <translation>Letztes Bild des Videos</translation>
        </message>
        <message>
            <source>No sound output on this computer</source>
            <translation>Keine Tonausgabe an diesem Computer</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pause (Leertaste)</translation>
        </message>
        <message>
            <source>Unmute</source>
            <translation>Ton an</translation>
        </message>
        <message>
            <source>The video cannot be played: {error}</source>
            <translation>Das Video kann nicht abgespielt werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>PriceEditor</name>
        <message>
            <source>Prices for estimates</source>
            <translation>Preise für Schätzungen</translation>
        </message>
        <message>
            <source>Used until a video of the same resolution and audio
has finished; then what it really cost.
$1 = {credits} credits.</source>
            <translation>Gelten, bis ein Video mit derselben Auflösung und Tonart
fertig ist; danach zählt, was es wirklich gekostet hat.
1 $ = {credits} Credits.</translation>
        </message>
        <message>
            <source>With audio</source>
            <translation>Mit Ton</translation>
        </message>
        <message>
            <source>Silent</source>
            <translation>Ohne Ton</translation>
        </message>
        <message>
            <source> /s</source>
            <comment>per second, after a price</comment>
            <translation>/s</translation>
        </message>
        <message>
            <source>Dollars per second at {resolution}, with audio</source>
            <translation>Dollar pro Sekunde bei {resolution}, mit Ton</translation>
        </message>
        <message>
            <source>Dollars per second at {resolution}, silent</source>
            <translation>Dollar pro Sekunde bei {resolution}, ohne Ton</translation>
        </message>
        <message>
            <source>Where the prices come from</source>
            <translation>Woher die Preise stammen</translation>
        </message>
        <message>
            <source>When the prices were published</source>
            <translation>Wann die Preise veröffentlicht wurden</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Restore the list price</source>
            <translation>Listenpreis wiederherstellen</translation>
        </message>
        <message>
            <source>{source} list price, {date}</source>
            <translation>Listenpreis {source}, {date}</translation>
        </message>
    </context>
    <context>
        <name>Remedy</name>
        <message>
            <source>Open settings</source>
            <translation>Einstellungen öffnen</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Demo ausprobieren</translation>
        </message>
        <message>
            <source>Resume now</source>
            <translation>Jetzt fortsetzen</translation>
        </message>
        <message>
            <source>Choose another</source>
            <translation>Anderes wählen</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>veodesk closed unexpectedly last time. Your jobs are safe: unfinished ones continue by themselves. If it happens again, please report it with the diagnostics, which include what went wrong.</source>
            <translation>veodesk wurde beim letzten Mal unerwartet beendet. Ihre Aufträge sind sicher: Unfertige laufen von selbst weiter. Falls es wieder passiert, melden Sie es bitte mit der Diagnose, die den Fehler enthält.</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Diagnose kopieren</translation>
        </message>
        <message>
            <source>Diagnostics copied. They hold no key, no link tokens and no home folder path, so they are safe to paste publicly.</source>
            <translation>Diagnose kopiert. Sie enthält keinen Schlüssel, keine Link-Token und keinen Pfad zum persönlichen Ordner und kann daher öffentlich geteilt werden.</translation>
        </message>
        <message>
            <source>Could not collect diagnostics: {error}</source>
            <translation>Die Diagnose konnte nicht erstellt werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Using the key from the AIMLAPI_KEY environment variable ({key}). It overrides any key saved here.</source>
            <translation>Es wird der Schlüssel aus der Umgebungsvariable AIMLAPI_KEY verwendet ({key}). Er hat Vorrang vor einem hier gespeicherten Schlüssel.</translation>
        </message>
        <message>
            <source>Saved in the system keychain ({key}).</source>
            <translation>Im Schlüsselbund des Systems gespeichert ({key}).</translation>
        </message>
        <message>
            <source>No system keychain is available, so the key is saved in a file that only your user account can read ({key}). Anyone who can log in as you can read it.</source>
            <translation>Es ist kein Schlüsselbund verfügbar, daher wird der Schlüssel in einer Datei gespeichert, die nur Ihr Benutzerkonto lesen kann ({key}). Wer sich als Sie anmelden kann, kann ihn lesen.</translation>
        </message>
        <message>
            <source>No key yet. Paste the key from your AI/ML API dashboard.</source>
            <translation>Noch kein Schlüssel. Fügen Sie den Schlüssel aus Ihrem AI/ML-API-Dashboard ein.</translation>
        </message>
        <message>
            <source>veodesk settings</source>
            <translation>veodesk-Einstellungen</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Saved key {key} — type to replace</source>
            <translation>Gespeicherter Schlüssel {key} – zum Ersetzen tippen</translation>
        </message>
        <message>
            <source>Paste your API key</source>
            <translation>API-Schlüssel einfügen</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Zeigen</translation>
        </message>
        <message>
            <source>Show the key while typing</source>
            <translation>Schlüssel beim Tippen zeigen</translation>
        </message>
        <message>
            <source>Remove saved key</source>
            <translation>Gespeicherten Schlüssel entfernen</translation>
        </message>
        <message>
            <source>⚠ {warning}</source>
            <translation>⚠ {warning}</translation>
        </message>
        <message>
            <source>Get a key at &lt;a href="{url}"&gt;{url}&lt;/a&gt;</source>
            <translation>Einen Schlüssel erhalten Sie unter &lt;a href="{url}"&gt;{url}&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Zielordner</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Default duration</source>
            <translation>Standarddauer</translation>
        </message>
        <message>
            <source>Default resolution</source>
            <translation>Standardauflösung</translation>
        </message>
        <message>
            <source>Default aspect ratio</source>
            <translation>Standard-Seitenverhältnis</translation>
        </message>
        <message>
            <source>Default fit</source>
            <translation>Standardanpassung</translation>
        </message>
        <message>
            <source>Jobs that may run at once</source>
            <translation>Aufträge, die gleichzeitig laufen dürfen</translation>
        </message>
        <message>
            <source>Notify me when a video is ready and the window is in the background</source>
            <translation>Benachrichtigen, wenn ein Video fertig ist und das Fenster im Hintergrund liegt</translation>
        </message>
        <message>
            <source>Play each video as soon as it is ready</source>
            <translation>Jedes Video abspielen, sobald es fertig ist</translation>
        </message>
        <message>
            <source>Videos</source>
            <translation>Videos</translation>
        </message>
        <message>
            <source>Save videos in</source>
            <translation>Videos speichern in</translation>
        </message>
        <message>
            <source>Jobs at once</source>
            <translation>Gleichzeitige Aufträge</translation>
        </message>
        <message>
            <source>Defaults for new videos</source>
            <translation>Vorgaben für neue Videos</translation>
        </message>
        <message>
            <source>API base URL</source>
            <translation>API-Basis-URL</translation>
        </message>
        <message>
            <source>{url} (default)</source>
            <translation>{url} (Standard)</translation>
        </message>
        <message>
            <source>CA bundle file</source>
            <translation>CA-Zertifikatsdatei</translation>
        </message>
        <message>
            <source>the system's certificates (default)</source>
            <translation>die Zertifikate des Systems (Standard)</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Erweitert</translation>
        </message>
        <message>
            <source>CA bundle</source>
            <translation>CA-Zertifikate</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Takes effect when veodesk starts.</source>
            <translation>Gilt ab dem nächsten Start von veodesk.</translation>
        </message>
        <message>
            <source>The saved key will be removed when you press Save.</source>
            <translation>Der gespeicherte Schlüssel wird beim Speichern entfernt.</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>No system keychain was found, so your API key is stored in a file only your user account can read. Anyone who can log in as you can read it.</source>
            <translation>Es wurde kein Schlüsselbund gefunden, daher liegt Ihr API-Schlüssel in einer Datei, die nur Ihr Benutzerkonto lesen kann. Wer sich als Sie anmelden kann, kann ihn lesen.</translation>
        </message>
        <message>
            <source>Settings saved. The new language takes effect when veodesk starts again.</source>
            <translation>Einstellungen gespeichert. Die neue Sprache gilt ab dem nächsten Start von veodesk.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Einstellungen gespeichert.</translation>
        </message>
        <message>
            <source>Settings not saved: {error}</source>
            <translation>Einstellungen nicht gespeichert: {error}</translation>
        </message>
    </context>
    <context>
        <name>Staging</name>
        <message>
            <source>The job history could not be opened: {error}</source>
            <translation>Der Auftragsverlauf konnte nicht geöffnet werden: {error}</translation>
        </message>
        <message>
            <source>Ready. Add an API key, or try the demo.</source>
            <translation>Bereit. Fügen Sie einen API-Schlüssel hinzu oder probieren Sie die Demo aus.</translation>
        </message>
        <message>
            <source>Welcome to veodesk. To make videos with Veo 3.1 you need an AI/ML API key: create one at {url} and paste it in the settings. Or try the demo first: it renders a sample video on this computer, with no key and no cost.</source>
            <translation>Willkommen bei veodesk. Für Videos mit Veo 3.1 brauchen Sie einen Schlüssel für die AI/ML API: Erstellen Sie einen unter {url} und fügen Sie ihn in den Einstellungen ein. Oder probieren Sie zuerst die Demo aus: Sie erzeugt ein Beispielvideo auf diesem Computer, ohne Schlüssel und ohne Kosten.</translation>
        </message>
        <message>
            <source>Get a key</source>
            <translation>Schlüssel holen</translation>
        </message>
        <message>
            <source>Open settings</source>
            <translation>Einstellungen öffnen</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Demo ausprobieren</translation>
        </message>
    </context>
    <context>
        <name>StatusPresenter</name>
        <message>
            <source>Opening the history…</source>
            <translation>Verlauf wird geöffnet…</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>Bereit.</translation>
        </message>
        <message numerus="yes">
            <source>%n job(s) running</source>
            <translation>
                <numerusform>%n Auftrag läuft</numerusform>
                <numerusform>%n Aufträge laufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for a free slot</source>
            <translation>
                <numerusform>%n wartet auf einen freien Platz</numerusform>
                <numerusform>%n warten auf einen freien Platz</numerusform>
            </translation>
        </message>
    </context>
</TS>
