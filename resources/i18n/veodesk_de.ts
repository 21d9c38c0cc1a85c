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
            <source>Demo ready: press Generate to render the sample locally, or open the Storyboard tab for a three-keyframe film.</source>
            <translation>Demo bereit: Klicken Sie auf „Generieren“, um das Beispiel lokal zu erzeugen, oder öffnen Sie den Tab „Storyboard“ für einen Film aus drei Schlüsselbildern.</translation>
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
            <source>job {job}: sent to the API</source>
            <translation>Auftrag {job}: an die API gesendet</translation>
        </message>
        <message>
            <source>job {job}: {event}</source>
            <translation>Auftrag {job}: {event}</translation>
        </message>
        <message>
            <source>Job {job}: {event}</source>
            <translation>Auftrag {job}: {event}</translation>
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
            <source>Single clip or storyboard</source>
            <translation>Einzelner Clip oder Storyboard</translation>
        </message>
        <message>
            <source>Single clip</source>
            <translation>Einzelner Clip</translation>
        </message>
        <message>
            <source>Loading the storyboard…</source>
            <translation>Storyboard wird geladen…</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>Storyboard</translation>
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
            <source>&amp;New storyboard</source>
            <translation>&amp;Neues Storyboard</translation>
        </message>
        <message>
            <source>Open story&amp;board…</source>
            <translation>&amp;Storyboard öffnen…</translation>
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
            <source>Ask before a storyboard run that costs more than</source>
            <translation>Vor einem Storyboard-Durchlauf nachfragen, der mehr kostet als</translation>
        </message>
        <message>
            <source>Generate all and several takes at once ask first when their expected cost is higher than this (0 asks every time)</source>
            <translation>„Alle generieren“ und mehrere Takes auf einmal fragen zuerst nach, wenn die erwarteten Kosten über diesem Betrag liegen (0 fragt jedes Mal)</translation>
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
            <source>Ask before a storyboard run above</source>
            <translation>Nachfragen vor Storyboard-Durchläufen über</translation>
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
    <context>
        <name>Storyboard</name>
        <message>
            <source>Keyframe {number}</source>
            <translation>Schlüsselbild {number}</translation>
        </message>
        <message>
            <source>missing — relink</source>
            <translation>fehlt – neu verknüpfen</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Move keyframe {number} left</source>
            <translation>Schlüsselbild {number} nach links verschieben</translation>
        </message>
        <message>
            <source>Move keyframe {number} right</source>
            <translation>Schlüsselbild {number} nach rechts verschieben</translation>
        </message>
        <message>
            <source>Relink…</source>
            <translation>Neu verknüpfen…</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>Ersetzen…</translation>
        </message>
        <message>
            <source>Replace the picture of keyframe {number}</source>
            <translation>Bild von Schlüsselbild {number} ersetzen</translation>
        </message>
        <message>
            <source>Delete keyframe {number}</source>
            <translation>Schlüsselbild {number} löschen</translation>
        </message>
        <message>
            <source>Drag to move this keyframe; drop pictures here to insert them after it.</source>
            <translation>Ziehen, um dieses Schlüsselbild zu verschieben; Bilder hier ablegen, um sie dahinter einzufügen.</translation>
        </message>
        <message>
            <source>Unreadable picture</source>
            <translation>Nicht lesbares Bild</translation>
        </message>
        <message>
            <source>Wait for the storyboard's run to end, or stop it, first.</source>
            <translation>Warten Sie zuerst, bis der Durchlauf des Storyboards endet, oder stoppen Sie ihn.</translation>
        </message>
        <message>
            <source>Opened {path}.</source>
            <translation>{path} geöffnet.</translation>
        </message>
        <message>
            <source>The storyboard could not be saved: {error}</source>
            <translation>Das Storyboard konnte nicht gespeichert werden: {error}</translation>
        </message>
        <message>
            <source>Choose keyframes</source>
            <translation>Schlüsselbilder wählen</translation>
        </message>
        <message>
            <source>Choose keyframes to insert</source>
            <translation>Einzufügende Schlüsselbilder wählen</translation>
        </message>
        <message>
            <source>Choose the picture of keyframe {number}</source>
            <translation>Bild für Schlüsselbild {number} wählen</translation>
        </message>
        <message>
            <source>A storyboard keeps its pictures in its folder: save the web picture, then drop the file.</source>
            <translation>Ein Storyboard bewahrt seine Bilder in seinem Ordner auf: Speichern Sie das Bild aus dem Web und ziehen Sie dann die Datei hierher.</translation>
        </message>
        <message>
            <source>Every segment needs a finished take before the film plays.</source>
            <translation>Jedes Segment braucht einen fertigen Take, bevor der Film abgespielt werden kann.</translation>
        </message>
        <message>
            <source>Segment {number}: {prompt}</source>
            <translation>Segment {number}: {prompt}</translation>
        </message>
        <message>
            <source>{film}, segment {number}</source>
            <translation>{film}, Segment {number}</translation>
        </message>
        <message>
            <source>Take {number} (job {job})</source>
            <translation>Take {number} (Auftrag {job})</translation>
        </message>
        <message>
            <source>To generate</source>
            <translation>Zu generieren</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>Läuft…</translation>
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
            <source>Check the dashboard</source>
            <translation>Dashboard prüfen</translation>
        </message>
        <message>
            <source>Segment {number}: keyframe {first} to {last}</source>
            <translation>Segment {number}: Schlüsselbild {first} bis {last}</translation>
        </message>
        <message>
            <source>No take yet</source>
            <translation>Noch kein Take</translation>
        </message>
        <message>
            <source>Prompt of segment {number}</source>
            <translation>Prompt von Segment {number}</translation>
        </message>
        <message>
            <source>What happens between keyframe {first} and keyframe {last}</source>
            <translation>Was zwischen Schlüsselbild {first} und Schlüsselbild {last} geschieht</translation>
        </message>
        <message>
            <source>Duration of segment {number}</source>
            <translation>Dauer von Segment {number}</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>Audio of segment {number}</source>
            <translation>Ton von Segment {number}</translation>
        </message>
        <message>
            <source>Film's audio</source>
            <translation>Ton des Films</translation>
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
            <source>Chosen take of segment {number}</source>
            <translation>Gewählter Take von Segment {number}</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <source>Play the take of segment {number}</source>
            <translation>Take von Segment {number} abspielen</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Generieren</translation>
        </message>
        <message>
            <source>Generate segment {number}</source>
            <translation>Segment {number} generieren</translation>
        </message>
        <message>
            <source>Takes: </source>
            <translation>Takes: </translation>
        </message>
        <message>
            <source>Takes to generate for segment {number}</source>
            <translation>Zu generierende Takes für Segment {number}</translation>
        </message>
        <message>
            <source>Generate several takes at once, then choose the best</source>
            <translation>Mehrere Takes auf einmal generieren und dann den besten wählen</translation>
        </message>
        <message>
            <source>+ Keyframe</source>
            <translation>+ Schlüsselbild</translation>
        </message>
        <message>
            <source>Insert a keyframe inside segment {number}</source>
            <translation>Ein Schlüsselbild in Segment {number} einfügen</translation>
        </message>
        <message>
            <source>Too long</source>
            <translation>Zu lang</translation>
        </message>
        <message>
            <source>Segment {number}: {state}</source>
            <translation>Segment {number}: {state}</translation>
        </message>
        <message>
            <source>No takes yet</source>
            <translation>Noch keine Takes</translation>
        </message>
        <message>
            <source>No API key yet: save one in Settings, or try the demo, then generate.</source>
            <translation>Noch kein API-Schlüssel: Speichern Sie einen in den Einstellungen oder probieren Sie die Demo aus und generieren Sie dann.</translation>
        </message>
        <message>
            <source>Checking the pictures and prompts…</source>
            <translation>Bilder und Prompts werden geprüft…</translation>
        </message>
        <message>
            <source>Nothing to send: every segment is done.</source>
            <translation>Nichts zu senden: Alle Segmente sind fertig.</translation>
        </message>
        <message>
            <source>Tasks to send: {count}, about {cost}. Send them?</source>
            <translation>Zu sendende Aufgaben: {count}, etwa {cost}. Jetzt senden?</translation>
        </message>
        <message>
            <source>Each task is a paid generation on the AI/ML API. You are asked because the cost is above {threshold}, the amount set in Settings.</source>
            <translation>Jede Aufgabe ist eine kostenpflichtige Generierung bei der AI/ML API. Sie werden gefragt, weil die Kosten über {threshold} liegen, dem in den Einstellungen festgelegten Betrag.</translation>
        </message>
        <message>
            <source>This is more than your balance of {balance}. You can still send (the balance may lag behind), but tasks may fail.</source>
            <translation>Das übersteigt Ihr Guthaben von {balance}. Sie können trotzdem senden (das Guthaben wird eventuell verzögert aktualisiert), aber Aufgaben können fehlschlagen.</translation>
        </message>
        <message>
            <source>Send the storyboard's tasks?</source>
            <translation>Die Aufgaben des Storyboards senden?</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>Sending tasks: {count}, about {cost}…</source>
            <translation>Aufgaben werden gesendet: {count}, etwa {cost}…</translation>
        </message>
        <message>
            <source>Segment {number}: {message}</source>
            <translation>Segment {number}: {message}</translation>
        </message>
        <message>
            <source>Segments {segments} did not finish; the finished takes are kept and the next run sends only what is left. {reason}</source>
            <translation>Die Segmente {segments} wurden nicht fertig; die fertigen Takes bleiben erhalten, und der nächste Durchlauf sendet nur, was noch fehlt. {reason}</translation>
        </message>
        <message>
            <source>Takes finished: {count}.</source>
            <translation>Fertige Takes: {count}.</translation>
        </message>
        <message>
            <source>Joining the takes into {path}…</source>
            <translation>Die Takes werden zu {path} verbunden…</translation>
        </message>
        <message>
            <source>The film is ready: {path}</source>
            <translation>Der Film ist fertig: {path}</translation>
        </message>
        <message>
            <source>Stopped. Tasks already sent keep running on the server; Generate all fetches them without sending them again.</source>
            <translation>Gestoppt. Bereits gesendete Aufgaben laufen auf dem Server weiter; „Alle generieren“ holt sie ab, ohne sie erneut zu senden.</translation>
        </message>
        <message>
            <source>Add at least two keyframes: each pair makes one segment.</source>
            <translation>Fügen Sie mindestens zwei Schlüsselbilder hinzu: Jedes Paar ergibt ein Segment.</translation>
        </message>
        <message>
            <source>Segments: {count}, {seconds} s of film.</source>
            <translation>Segmente: {count}, {seconds} s Film.</translation>
        </message>
        <message>
            <source>{length} Relink the missing pictures before generating.</source>
            <translation>{length} Verknüpfen Sie die fehlenden Bilder neu, bevor Sie generieren.</translation>
        </message>
        <message>
            <source>{length} Every segment is done.</source>
            <translation>{length} Alle Segmente sind fertig.</translation>
        </message>
        <message>
            <source>{length} Tasks to send: {count}, about {cost}, {source}.</source>
            <translation>{length} Zu sendende Aufgaben: {count}, etwa {cost}, {source}.</translation>
        </message>
        <message>
            <source>No storyboard open</source>
            <translation>Kein Storyboard geöffnet</translation>
        </message>
        <message>
            <source>New storyboard</source>
            <translation>Neues Storyboard</translation>
        </message>
        <message>
            <source>Start a new storyboard in your videos folder</source>
            <translation>Ein neues Storyboard in Ihrem Videoordner beginnen</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <source>Open a storyboard project (.veoboard)</source>
            <translation>Ein Storyboard-Projekt öffnen (.veoboard)</translation>
        </message>
        <message>
            <source>Show folder</source>
            <translation>Ordner zeigen</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Project: new, open, folder</source>
            <translation>Projekt: neu, öffnen, Ordner</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Resolution of the film</source>
            <translation>Auflösung des Films</translation>
        </message>
        <message>
            <source>Aspect ratio of the film</source>
            <translation>Seitenverhältnis des Films</translation>
        </message>
        <message>
            <source>How pictures fit the frame</source>
            <translation>Wie Bilder ins Videobild eingepasst werden</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Ton</translation>
        </message>
        <message>
            <source>Style, added to every prompt</source>
            <translation>Stil, wird jedem Prompt hinzugefügt</translation>
        </message>
        <message>
            <source>Style added to every prompt (optional)</source>
            <translation>Stil, der jedem Prompt hinzugefügt wird (optional)</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>Stil</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Auflösung</translation>
        </message>
        <message>
            <source>Aspect</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Anpassung</translation>
        </message>
        <message>
            <source>Add keyframes…</source>
            <translation>Schlüsselbilder hinzufügen…</translation>
        </message>
        <message>
            <source>Add pictures at the end; several at once are added in file-name order</source>
            <translation>Bilder am Ende hinzufügen; mehrere auf einmal werden in der Reihenfolge der Dateinamen hinzugefügt</translation>
        </message>
        <message>
            <source>Drop two or more pictures here, or press Add keyframes…, to start a storyboard. Each pair of keyframes becomes one segment of the film.</source>
            <translation>Legen Sie zwei oder mehr Bilder hier ab oder klicken Sie auf „Schlüsselbilder hinzufügen…“, um ein Storyboard zu beginnen. Jedes Paar von Schlüsselbildern wird zu einem Segment des Films.</translation>
        </message>
        <message>
            <source>Generate all</source>
            <translation>Alle generieren</translation>
        </message>
        <message>
            <source>Send only the segments that are not done</source>
            <translation>Nur die Segmente senden, die nicht fertig sind</translation>
        </message>
        <message>
            <source>Render film</source>
            <translation>Film erstellen</translation>
        </message>
        <message>
            <source>Generate what is left, then join the chosen takes into one film</source>
            <translation>Generieren, was noch fehlt, und dann die gewählten Takes zu einem Film verbinden</translation>
        </message>
        <message>
            <source>Play film</source>
            <translation>Film abspielen</translation>
        </message>
        <message>
            <source>Play the chosen takes back to back</source>
            <translation>Die gewählten Takes nacheinander abspielen</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Stop waiting; tasks already sent keep running and are fetched later</source>
            <translation>Nicht mehr warten; bereits gesendete Aufgaben laufen weiter und werden später abgeholt</translation>
        </message>
        <message>
            <source>{action}: {edit}</source>
            <translation>{action}: {edit}</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>The API answered with something that is not a generation task ({reason}). This is usually temporary; try again shortly.</source>
            <translation>Die API hat mit etwas geantwortet, das keine Generierungsaufgabe ist ({reason}). Das ist meist vorübergehend; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The billing service redirected to another site ({url}); veodesk does not follow it because your key would go with it. Check the URL in the settings.</source>
            <translation>Der Abrechnungsdienst hat auf eine andere Website umgeleitet ({url}); veodesk folgt dem nicht, weil Ihr Schlüssel mitgesendet würde. Prüfen Sie die URL in den Einstellungen.</translation>
        </message>
        <message>
            <source>The API redirected to another site ({url}); veodesk does not follow it because your key would go with it. Check the URL in the settings.</source>
            <translation>Die API hat auf eine andere Website umgeleitet ({url}); veodesk folgt dem nicht, weil Ihr Schlüssel mitgesendet würde. Prüfen Sie die URL in den Einstellungen.</translation>
        </message>
        <message>
            <source>The billing service answered with something that is not JSON (HTTP {status}). This is usually temporary; try again shortly.</source>
            <translation>Der Abrechnungsdienst hat mit etwas geantwortet, das kein JSON ist (HTTP {status}). Das ist meist vorübergehend; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The API answered with something that is not JSON (HTTP {status}). This is usually temporary; try again shortly.</source>
            <translation>Die API hat mit etwas geantwortet, das kein JSON ist (HTTP {status}). Das ist meist vorübergehend; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The billing service redirected too many times. Check the URL in the settings.</source>
            <translation>Der Abrechnungsdienst hat zu oft umgeleitet. Prüfen Sie die URL in den Einstellungen.</translation>
        </message>
        <message>
            <source>The API redirected too many times. Check the URL in the settings.</source>
            <translation>Die API hat zu oft umgeleitet. Prüfen Sie die URL in den Einstellungen.</translation>
        </message>
        <message>
            <source>The API rejected your key (HTTP {status}). Check the key in the settings or the AIMLAPI_KEY variable, and that your account has credits. The server said: {server}</source>
            <translation>Die API hat Ihren Schlüssel abgelehnt (HTTP {status}). Prüfen Sie den Schlüssel in den Einstellungen oder in der Variable AIMLAPI_KEY und ob Ihr Konto Credits hat. Der Server meldete: {server}</translation>
        </message>
        <message>
            <source>The API rejected your key (HTTP {status}). Check the key in the settings or the AIMLAPI_KEY variable, and that your account has credits.</source>
            <translation>Die API hat Ihren Schlüssel abgelehnt (HTTP {status}). Prüfen Sie den Schlüssel in den Einstellungen oder in der Variable AIMLAPI_KEY und ob Ihr Konto Credits hat.</translation>
        </message>
        <message>
            <source>The API does not know this generation (HTTP 404). Check the id. The server said: {server}</source>
            <translation>Die API kennt diese Generierung nicht (HTTP 404). Prüfen Sie die ID. Der Server meldete: {server}</translation>
        </message>
        <message>
            <source>The API does not know this generation (HTTP 404). Check the id.</source>
            <translation>Die API kennt diese Generierung nicht (HTTP 404). Prüfen Sie die ID.</translation>
        </message>
        <message>
            <source>The API is rate limiting requests (HTTP 429). Wait a moment and try again. The server said: {server}</source>
            <translation>Die API begrenzt die Anfragen (HTTP 429). Warten Sie einen Moment und versuchen Sie es erneut. Der Server meldete: {server}</translation>
        </message>
        <message>
            <source>The API is rate limiting requests (HTTP 429). Wait a moment and try again.</source>
            <translation>Die API begrenzt die Anfragen (HTTP 429). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The API did not accept the request (HTTP {status}). The server said: {server}</source>
            <translation>Die API hat die Anfrage nicht angenommen (HTTP {status}). Der Server meldete: {server}</translation>
        </message>
        <message>
            <source>The API did not accept the request (HTTP {status}). Check the inputs.</source>
            <translation>Die API hat die Anfrage nicht angenommen (HTTP {status}). Prüfen Sie die Eingaben.</translation>
        </message>
        <message>
            <source>The API had a problem (HTTP {status}). This is usually temporary; try again in a few minutes. The server said: {server}</source>
            <translation>Bei der API ist ein Problem aufgetreten (HTTP {status}). Das ist meist vorübergehend; versuchen Sie es in ein paar Minuten erneut. Der Server meldete: {server}</translation>
        </message>
        <message>
            <source>The API had a problem (HTTP {status}). This is usually temporary; try again in a few minutes.</source>
            <translation>Bei der API ist ein Problem aufgetreten (HTTP {status}). Das ist meist vorübergehend; versuchen Sie es in ein paar Minuten erneut.</translation>
        </message>
        <message>
            <source>updated just now</source>
            <translation>gerade aktualisiert</translation>
        </message>
        <message>
            <source>updated {minutes} min ago</source>
            <translation>vor {minutes} Min. aktualisiert</translation>
        </message>
        <message>
            <source>updated {hours} h ago</source>
            <translation>vor {hours} Std. aktualisiert</translation>
        </message>
        <message>
            <source>updated {days} days ago</source>
            <translation>vor {days} Tagen aktualisiert</translation>
        </message>
        <message>
            <source>'{name}' is missing</source>
            <translation>„{name}“ fehlt</translation>
        </message>
        <message>
            <source>'{name}' is not a number</source>
            <translation>„{name}“ ist keine Zahl</translation>
        </message>
        <message>
            <source>'{name}' is out of range</source>
            <translation>„{name}“ liegt außerhalb des zulässigen Bereichs</translation>
        </message>
        <message>
            <source>the answer is not an object</source>
            <translation>die Antwort ist kein Objekt</translation>
        </message>
        <message>
            <source>'{name}' is not true or false</source>
            <translation>„{name}“ ist weder true noch false</translation>
        </message>
        <message>
            <source>'{name}' is not a date</source>
            <translation>„{name}“ ist kein Datum</translation>
        </message>
        <message>
            <source>The billing service rejected your key (HTTP {status}), so the balance is unknown. Check the key in the settings or the AIMLAPI_KEY variable. The server said: {server}</source>
            <translation>Der Abrechnungsdienst hat Ihren Schlüssel abgelehnt (HTTP {status}), daher ist das Guthaben unbekannt. Prüfen Sie den Schlüssel in den Einstellungen oder in der Variable AIMLAPI_KEY. Der Server meldete: {server}</translation>
        </message>
        <message>
            <source>The billing service rejected your key (HTTP {status}), so the balance is unknown. Check the key in the settings or the AIMLAPI_KEY variable.</source>
            <translation>Der Abrechnungsdienst hat Ihren Schlüssel abgelehnt (HTTP {status}), daher ist das Guthaben unbekannt. Prüfen Sie den Schlüssel in den Einstellungen oder in der Variable AIMLAPI_KEY.</translation>
        </message>
        <message>
            <source>The billing service is rate limiting requests (HTTP 429); the balance will be read again later. The server said: {server}</source>
            <translation>Der Abrechnungsdienst begrenzt die Anfragen (HTTP 429); das Guthaben wird später erneut gelesen. Der Server meldete: {server}</translation>
        </message>
        <message>
            <source>The billing service is rate limiting requests (HTTP 429); the balance will be read again later.</source>
            <translation>Der Abrechnungsdienst begrenzt die Anfragen (HTTP 429); das Guthaben wird später erneut gelesen.</translation>
        </message>
        <message>
            <source>The billing service could not give the balance (HTTP {status}). This is usually temporary; try again later. The server said: {server}</source>
            <translation>Der Abrechnungsdienst konnte das Guthaben nicht liefern (HTTP {status}). Das ist meist vorübergehend; versuchen Sie es später erneut. Der Server meldete: {server}</translation>
        </message>
        <message>
            <source>The billing service could not give the balance (HTTP {status}). This is usually temporary; try again later.</source>
            <translation>Der Abrechnungsdienst konnte das Guthaben nicht liefern (HTTP {status}). Das ist meist vorübergehend; versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The billing service answered with something that is not a balance ({reason}). The balance is unknown for now.</source>
            <translation>Der Abrechnungsdienst hat mit etwas geantwortet, das kein Guthaben ist ({reason}). Das Guthaben ist vorerst unbekannt.</translation>
        </message>
        <message>
            <source>Downloading the video failed: {reason} The video is kept on the server for a while; resume the job to try again.</source>
            <translation>Das Herunterladen des Videos ist fehlgeschlagen: {reason} Das Video bleibt eine Weile auf dem Server; setzen Sie den Auftrag fort, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>Download stopped. Resume the job to finish it.</source>
            <translation>Herunterladen gestoppt. Setzen Sie den Auftrag fort, um es abzuschließen.</translation>
        </message>
        <message>
            <source>the partial download no longer matches; starting again</source>
            <translation>der teilweise Download passt nicht mehr; es wird neu begonnen</translation>
        </message>
        <message>
            <source>the video host answered HTTP {status}</source>
            <translation>der Video-Host antwortete mit HTTP {status}</translation>
        </message>
        <message>
            <source>The video host refused the download (HTTP {status}). The link may have expired; check the job's status again to get a fresh one.</source>
            <translation>Der Video-Host hat den Download verweigert (HTTP {status}). Der Link ist vielleicht abgelaufen; fragen Sie den Status des Auftrags erneut ab, um einen neuen zu erhalten.</translation>
        </message>
        <message>
            <source>The video is {size} bytes, more than the {limit}-byte limit.</source>
            <translation>Das Video hat {size} Bytes, mehr als die Grenze von {limit} Bytes.</translation>
        </message>
        <message>
            <source>The video is larger than the {limit}-byte limit.</source>
            <translation>Das Video ist größer als die Grenze von {limit} Bytes.</translation>
        </message>
        <message>
            <source>the connection broke after {done} bytes</source>
            <translation>die Verbindung brach nach {done} Bytes ab</translation>
        </message>
        <message>
            <source>the connection broke after {done} of {size} bytes</source>
            <translation>die Verbindung brach nach {done} von {size} Bytes ab</translation>
        </message>
        <message>
            <source>What {url} sent is not an MP4 video; nothing was saved.</source>
            <translation>Was {url} gesendet hat, ist kein MP4-Video; es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>No API key. Set the AIMLAPI_KEY environment variable or save a key in the app's settings. Get a key at {url}.</source>
            <translation>Kein API-Schlüssel. Setzen Sie die Umgebungsvariable AIMLAPI_KEY oder speichern Sie einen Schlüssel in den Einstellungen der App. Einen Schlüssel erhalten Sie unter {url}.</translation>
        </message>
        <message>
            <source>preparing</source>
            <translation>in Vorbereitung</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>submitting</source>
            <translation>wird gesendet</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>in Warteschlange</translation>
        </message>
        <message>
            <source>generating</source>
            <translation>wird generiert</translation>
        </message>
        <message>
            <source>downloading</source>
            <translation>wird heruntergeladen</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>needs_attention</source>
            <translation>Prüfung nötig</translation>
        </message>
        <message>
            <source>server: {status}</source>
            <translation>Server: {status}</translation>
        </message>
        <message>
            <source>The join failed (exit code {code}); no film was written.</source>
            <translation>Das Verbinden ist fehlgeschlagen (Exit-Code {code}); es wurde kein Film geschrieben.</translation>
        </message>
        <message>
            <source>The join was stopped; no film was written.</source>
            <translation>Das Verbinden wurde gestoppt; es wurde kein Film geschrieben.</translation>
        </message>
        <message>
            <source>The join's result could not be read ({reason}).</source>
            <translation>Das Ergebnis des Verbindens konnte nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>Job {job} is {state} and has no video to join.</source>
            <translation>Auftrag {job} hat den Status „{state}“ und kein Video zum Verbinden.</translation>
        </message>
        <message>
            <source>Job {job}'s video {path} is missing (moved or deleted).</source>
            <translation>Das Video {path} von Auftrag {job} fehlt (verschoben oder gelöscht).</translation>
        </message>
        <message>
            <source>Give at least two clips to join.</source>
            <translation>Geben Sie mindestens zwei Clips zum Verbinden an.</translation>
        </message>
        <message>
            <source>--output {path} must end in .mp4.</source>
            <translation>--output {path} muss auf .mp4 enden.</translation>
        </message>
        <message>
            <source>--timeline {path} must end in .otio, .xml (Final Cut Pro 7 XML) or .edl (CMX 3600).</source>
            <translation>--timeline {path} muss auf .otio, .xml (Final Cut Pro 7 XML) oder .edl (CMX 3600) enden.</translation>
        </message>
        <message>
            <source>{path} is one of the clips; choose another --output.</source>
            <translation>{path} ist einer der Clips; wählen Sie ein anderes --output.</translation>
        </message>
        <message>
            <source>{clips} clips need {needed} keyframes, not {given}.</source>
            <translation>{clips} Clips brauchen {needed} Schlüsselbilder, nicht {given}.</translation>
        </message>
        <message>
            <source>{option} {path}: the folder {folder} does not exist.</source>
            <translation>{option} {path}: Der Ordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <source>{option} {path} is a folder; give a file name.</source>
            <translation>{option} {path} ist ein Ordner; geben Sie einen Dateinamen an.</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it, or choose another name.</source>
            <translation>{path} existiert bereits; fügen Sie --force hinzu, um die Datei zu ersetzen, oder wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>{path}: {frames} frames is too short for {transition} (needs {need}).</source>
            <translation>{path}: {frames} Bilder sind zu kurz für {transition} (nötig: {need}).</translation>
        </message>
        <message>
            <source>No output file given.</source>
            <translation>Keine Ausgabedatei angegeben.</translation>
        </message>
        <message>
            <source>{path} appeared while the film was being made; it was kept. Add --force to replace it.</source>
            <translation>{path} ist entstanden, während der Film erstellt wurde; die Datei wurde behalten. Fügen Sie --force hinzu, um sie zu ersetzen.</translation>
        </message>
        <message>
            <source>{path}: cannot be opened ({reason}).</source>
            <translation>{path}: kann nicht geöffnet werden ({reason}).</translation>
        </message>
        <message>
            <source>{path}: no frame could be decoded.</source>
            <translation>{path}: Es konnte kein Bild decodiert werden.</translation>
        </message>
        <message>
            <source>{path}: too short for {transition}.</source>
            <translation>{path}: zu kurz für {transition}.</translation>
        </message>
        <message>
            <source>{path}: damaged, cannot be read ({reason}).</source>
            <translation>{path}: beschädigt, kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>{path}: damaged, cannot be decoded ({reason}).</source>
            <translation>{path}: beschädigt, kann nicht decodiert werden ({reason}).</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk is full. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>{path} kann nicht geschrieben werden: Der Datenträger ist voll. Es wurde nichts gespeichert; geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner und verbinden Sie dann erneut.</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk quota is used up. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>{path} kann nicht geschrieben werden: Das Speicherkontingent ist aufgebraucht. Es wurde nichts gespeichert; geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner und verbinden Sie dann erneut.</translation>
        </message>
        <message>
            <source>Cannot write {path}: the file is larger than this disk or account allows. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>{path} kann nicht geschrieben werden: Die Datei ist größer, als dieser Datenträger oder dieses Konto erlaubt. Es wurde nichts gespeichert; geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner und verbinden Sie dann erneut.</translation>
        </message>
        <message>
            <source>Cannot write {path}: permission denied. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>{path} kann nicht geschrieben werden: Zugriff verweigert. Es wurde nichts gespeichert; geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner und verbinden Sie dann erneut.</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk is read-only. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>{path} kann nicht geschrieben werden: Der Datenträger ist schreibgeschützt. Es wurde nichts gespeichert; geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner und verbinden Sie dann erneut.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>{path} kann nicht geschrieben werden: {reason}. Es wurde nichts gespeichert; geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner und verbinden Sie dann erneut.</translation>
        </message>
        <message>
            <source>Unknown transition {text}: use cut, crossfade or crossfade:FRAMES (FRAMES from {least} to {most}).</source>
            <translation>Unbekannter Übergang {text}: Verwenden Sie cut, crossfade oder crossfade:FRAMES (FRAMES von {least} bis {most}).</translation>
        </message>
        <message>
            <source>A cut takes no frame count.</source>
            <translation>Ein Schnitt hat keine Bildanzahl.</translation>
        </message>
        <message>
            <source>A crossfade of {frames} frames is out of range: use {least} to {most}.</source>
            <translation>Eine Überblendung von {frames} Bildern liegt außerhalb des Bereichs: Verwenden Sie {least} bis {most}.</translation>
        </message>
        <message>
            <source>--mute-clips needs --music: a film with muted clips and no music is silent.</source>
            <translation>--mute-clips braucht --music: Ein Film mit stummgeschalteten Clips und ohne Musik ist stumm.</translation>
        </message>
        <message>
            <source>A fade of {seconds} s is out of range: use 0 to 10 seconds.</source>
            <translation>Eine Blende von {seconds} s liegt außerhalb des Bereichs: Verwenden Sie 0 bis 10 Sekunden.</translation>
        </message>
        <message>
            <source>Music {path}: no such file.</source>
            <translation>Musik {path}: Datei nicht vorhanden.</translation>
        </message>
        <message>
            <source>Music {path}: not a sound file FFmpeg can read. Use MP3, WAV, FLAC or AAC.</source>
            <translation>Musik {path}: keine Audiodatei, die FFmpeg lesen kann. Verwenden Sie MP3, WAV, FLAC oder AAC.</translation>
        </message>
        <message>
            <source>Music {path}: has no sound.</source>
            <translation>Musik {path}: enthält keinen Ton.</translation>
        </message>
        <message>
            <source>Music {path}: damaged, cannot be decoded ({reason}).</source>
            <translation>Musik {path}: beschädigt, kann nicht decodiert werden ({reason}).</translation>
        </message>
        <message>
            <source>{path}: no picture could be decoded.</source>
            <translation>{path}: Es konnte kein Bild dekodiert werden.</translation>
        </message>
        <message>
            <source>{path}: no such file.</source>
            <translation>{path}: Datei nicht vorhanden.</translation>
        </message>
        <message>
            <source>{path}: not a video FFmpeg can read ({reason}). Use an MP4 clip.</source>
            <translation>{path}: kein Video, das FFmpeg lesen kann ({reason}). Verwenden Sie einen MP4-Clip.</translation>
        </message>
        <message>
            <source>{path}: has no video stream.</source>
            <translation>{path}: enthält keinen Videostream.</translation>
        </message>
        <message>
            <source>{path}: the video has no picture size.</source>
            <translation>{path}: Das Video hat keine Bildgröße.</translation>
        </message>
        <message>
            <source>{path}: the video has no frame rate.</source>
            <translation>{path}: Das Video hat keine Bildrate.</translation>
        </message>
        <message>
            <source>{path}: damaged ({reason}).</source>
            <translation>{path}: beschädigt ({reason}).</translation>
        </message>
        <message>
            <source>{path}: the video has no frames.</source>
            <translation>{path}: Das Video hat keine Bilder.</translation>
        </message>
        <message>
            <source>--timeline {path}: Final Cut Pro XML and EDL need a standard frame rate (23.976, 24, 25, 29.97, 30, 50, 60 ...), and this film is at {fps} fps. Use a .otio timeline instead.</source>
            <translation>--timeline {path}: Final Cut Pro XML und EDL brauchen eine Standard-Bildrate (23,976, 24, 25, 29,97, 30, 50, 60 …), dieser Film hat aber {fps} fps. Verwenden Sie stattdessen eine .otio-Timeline.</translation>
        </message>
        <message>
            <source>{path}: use .otio, .xml or .edl.</source>
            <translation>{path}: Verwenden Sie .otio, .xml oder .edl.</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it.</source>
            <translation>{path} existiert bereits; fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
        </message>
        <message>
            <source>Could not set up a secure connection to {url}. Check the date and time of this computer, and any proxy or CA setting.</source>
            <translation>Es konnte keine sichere Verbindung zu {url} aufgebaut werden. Prüfen Sie Datum und Uhrzeit dieses Computers sowie etwaige Proxy- oder CA-Einstellungen.</translation>
        </message>
        <message>
            <source>{url} did not answer in time. Check your connection and try again.</source>
            <translation>{url} hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The connection to {url} broke before an answer arrived. Check your connection and try again.</source>
            <translation>Die Verbindung zu {url} brach ab, bevor eine Antwort kam. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Could not connect to {url}. Check your internet connection (and the API base URL in the settings).</source>
            <translation>Es konnte keine Verbindung zu {url} hergestellt werden. Prüfen Sie Ihre Internetverbindung (und die API-Basis-URL in den Einstellungen).</translation>
        </message>
        <message>
            <source>The answer from {url} is larger than {limit} bytes; refusing to read it.</source>
            <translation>Die Antwort von {url} ist größer als {limit} Bytes; sie wird nicht gelesen.</translation>
        </message>
        <message>
            <source>The connection to {url} broke while reading the answer. Try again.</source>
            <translation>Die Verbindung zu {url} brach beim Lesen der Antwort ab. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} oder {second}</translation>
        </message>
        <message>
            <source>{others}, {before_last} or {last}</source>
            <translation>{others}, {before_last} oder {last}</translation>
        </message>
        <message>
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <source>its embedded colour profile could not be used, so colours may shift a little</source>
            <translation>sein eingebettetes Farbprofil konnte nicht verwendet werden, daher können sich die Farben leicht verschieben</translation>
        </message>
        <message>
            <source>Resolution {value} is not offered; choose {choices}.</source>
            <translation>Die Auflösung {value} wird nicht angeboten; wählen Sie {choices}.</translation>
        </message>
        <message>
            <source>Aspect ratio {value} is not offered; choose {choices}.</source>
            <translation>Das Seitenverhältnis {value} wird nicht angeboten; wählen Sie {choices}.</translation>
        </message>
        <message>
            <source>Fit {value} is not offered; choose {choices}.</source>
            <translation>Die Anpassung {value} wird nicht angeboten; wählen Sie {choices}.</translation>
        </message>
        <message>
            <source>Crop anchor {value} must be two numbers between 0 and 1.</source>
            <translation>Der Zuschnittanker {value} muss aus zwei Zahlen zwischen 0 und 1 bestehen.</translation>
        </message>
        <message>
            <source>Aspect ratio {value} has no frame size; choose {choices}.</source>
            <translation>Für das Seitenverhältnis {value} gibt es keine Bildgröße; wählen Sie {choices}.</translation>
        </message>
        <message>
            <source>{frame}: {warning}.</source>
            <translation>{frame}: {warning}.</translation>
        </message>
        <message>
            <source>{frame} is only {width}×{height} pixels; below {min_side} pixels on its short side it will look soft in the video.</source>
            <translation>{frame} hat nur {width}×{height} Pixel; mit weniger als {min_side} Pixeln an der kurzen Seite wirkt es im Video unscharf.</translation>
        </message>
        <message>
            <source>{frame}: the part kept by the {aspect_ratio} crop is only {width}×{height} pixels, so it will look soft in the video. Choose a larger picture, or the pad fit to keep all of it.</source>
            <translation>{frame}: Der beim Zuschnitt auf {aspect_ratio} verbleibende Teil hat nur {width}×{height} Pixel und wirkt daher im Video unscharf. Wählen Sie ein größeres Bild oder die Anpassung „Mit Rand einpassen“, um alles zu behalten.</translation>
        </message>
        <message>
            <source>{frame} is {ratio} and is sent as it is, but the video is {aspect_ratio}; the service may crop or stretch it. Choose the crop or pad fit to decide yourself.</source>
            <translation>{frame} hat das Format {ratio} und wird unverändert gesendet, das Video hat aber {aspect_ratio}; der Dienst kann es zuschneiden oder strecken. Wählen Sie die Anpassung „Zuschneiden“ oder „Mit Rand einpassen“, um selbst zu entscheiden.</translation>
        </message>
        <message>
            <source>The first and last frames are the same picture, so the video starts and ends on the same frame. That suits a loop; otherwise choose a different last frame.</source>
            <translation>Start- und Endbild sind dasselbe Bild, daher beginnt und endet das Video mit demselben Bild. Das passt für eine Schleife; andernfalls wählen Sie ein anderes Endbild.</translation>
        </message>
        <message>
            <source>The first and last frames have different shapes ({first} and {last}); each is fitted on its own, so the framing may jump.</source>
            <translation>Start- und Endbild haben unterschiedliche Formate ({first} und {last}); jedes wird für sich eingepasst, daher kann der Bildausschnitt springen.</translation>
        </message>
        <message>
            <source>The first and last frames differ a lot in size ({first_width}×{first_height} and {last_width}×{last_height}); the smaller one will look softer.</source>
            <translation>Start- und Endbild unterscheiden sich stark in der Größe ({first_width}×{first_height} und {last_width}×{last_height}); das kleinere wirkt unschärfer.</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>Startbild</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>Endbild</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>No first frame was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>Es wurde kein Startbild gewählt. Wählen Sie eine JPEG-, PNG-, WebP-, BMP-, TIFF-, GIF-, HEIC- oder AVIF-Datei.</translation>
        </message>
        <message>
            <source>No last frame was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>Es wurde kein Endbild gewählt. Wählen Sie eine JPEG-, PNG-, WebP-, BMP-, TIFF-, GIF-, HEIC- oder AVIF-Datei.</translation>
        </message>
        <message>
            <source>No image was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>Es wurde kein Bild gewählt. Wählen Sie eine JPEG-, PNG-, WebP-, BMP-, TIFF-, GIF-, HEIC- oder AVIF-Datei.</translation>
        </message>
        <message>
            <source>No {frame} was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>Für {frame} wurde nichts gewählt. Wählen Sie eine JPEG-, PNG-, WebP-, BMP-, TIFF-, GIF-, HEIC- oder AVIF-Datei.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a {scheme}: address, which veodesk does not send. Choose a file on this computer, or give an http(s) URL.</source>
            <translation>{frame} „{path}“ ist eine {scheme}:-Adresse, die veodesk nicht sendet. Wählen Sie eine Datei auf diesem Computer oder geben Sie eine http(s)-URL an.</translation>
        </message>
        <message>
            <source>{frame} "{path}" does not exist. Check the path, or choose the file again.</source>
            <translation>{frame} „{path}“ existiert nicht. Prüfen Sie den Pfad oder wählen Sie die Datei erneut.</translation>
        </message>
        <message>
            <source>{frame} "{path}" cannot be read ({reason}). Choose another file.</source>
            <translation>{frame} „{path}“ kann nicht gelesen werden ({reason}). Wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a folder, not an image. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>{frame} „{path}“ ist ein Ordner, kein Bild. Wählen Sie eine JPEG-, PNG-, WebP-, BMP-, TIFF-, GIF-, HEIC- oder AVIF-Datei.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is not a regular file. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>{frame} „{path}“ ist keine reguläre Datei. Wählen Sie eine JPEG-, PNG-, WebP-, BMP-, TIFF-, GIF-, HEIC- oder AVIF-Datei.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is empty (0 bytes). Export or download the picture again.</source>
            <translation>{frame} „{path}“ ist leer (0 Bytes). Exportieren oder laden Sie das Bild erneut herunter.</translation>
        </message>
        <message>
            <source>{frame} "{path}" cannot be read: permission denied. Check the file's permissions, or copy it to a folder of yours and choose the copy.</source>
            <translation>{frame} „{path}“ kann nicht gelesen werden: Zugriff verweigert. Prüfen Sie die Berechtigungen der Datei oder kopieren Sie sie in einen eigenen Ordner und wählen Sie die Kopie.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a HEIC/HEIF picture, which needs an optional plugin. Install it with: {command}, or save the picture as JPEG.</source>
            <translation>{frame} „{path}“ ist ein HEIC/HEIF-Bild, das ein optionales Plugin braucht. Installieren Sie es mit: {command}, oder speichern Sie das Bild als JPEG.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is an AVIF picture, and this installation of Pillow cannot read AVIF. Install a Pillow with AVIF support ({command}), or save the picture as JPEG.</source>
            <translation>{frame} „{path}“ ist ein AVIF-Bild, und diese Pillow-Installation kann AVIF nicht lesen. Installieren Sie Pillow mit AVIF-Unterstützung ({command}) oder speichern Sie das Bild als JPEG.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is not an image veodesk can read. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>{frame} „{path}“ ist kein Bild, das veodesk lesen kann. Wählen Sie eine JPEG-, PNG-, WebP-, BMP-, TIFF-, GIF-, HEIC- oder AVIF-Datei.</translation>
        </message>
        <message>
            <source>{frame} "{path}" disappeared while it was being read. Choose the file again.</source>
            <translation>{frame} „{path}“ ist beim Lesen verschwunden. Wählen Sie die Datei erneut.</translation>
        </message>
        <message>
            <source>{frame} "{path}" uses a colour mode ({mode}) that veodesk cannot convert. Save it as an RGB JPEG or PNG and choose that.</source>
            <translation>{frame} „{path}“ verwendet einen Farbmodus ({mode}), den veodesk nicht umwandeln kann. Speichern Sie es als RGB-JPEG oder -PNG und wählen Sie diese Datei.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is too large to decode on this computer. Choose a smaller picture.</source>
            <translation>{frame} „{path}“ ist zu groß, um auf diesem Computer decodiert zu werden. Wählen Sie ein kleineres Bild.</translation>
        </message>
        <message>
            <source>{frame} "{path}" could not be read ({reason}). Choose another file.</source>
            <translation>{frame} „{path}“ konnte nicht gelesen werden ({reason}). Wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is damaged or incomplete (truncated or corrupt). Export or download it again, or choose another file.</source>
            <translation>{frame} „{path}“ ist beschädigt oder unvollständig (abgeschnitten oder defekt). Exportieren oder laden Sie es erneut herunter oder wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>{frame} "{path}" has {width}×{height} pixels, over the safety limit of {limit} megapixels that guards against decompression bombs. Shrink it in an image editor first, or choose another file.</source>
            <translation>{frame} „{path}“ hat {width}×{height} Pixel und überschreitet damit die Sicherheitsgrenze von {limit} Megapixeln, die vor Dekompressionsbomben schützt. Verkleinern Sie es zuerst in einem Bildbearbeitungsprogramm oder wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>{frame} "{path}" has more pixels, over the safety limit of {limit} megapixels that guards against decompression bombs. Shrink it in an image editor first, or choose another file.</source>
            <translation>{frame} „{path}“ hat zu viele Pixel und überschreitet damit die Sicherheitsgrenze von {limit} Megapixeln, die vor Dekompressionsbomben schützt. Verkleinern Sie es zuerst in einem Bildbearbeitungsprogramm oder wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is only {width}×{height} pixels, too small to be useful. Choose a picture at least {min_side} pixels on each side (720 or more is best).</source>
            <translation>{frame} „{path}“ hat nur {width}×{height} Pixel und ist zu klein, um brauchbar zu sein. Wählen Sie ein Bild mit mindestens {min_side} Pixeln an jeder Seite (am besten 720 oder mehr).</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a URL; previews are made from files on this computer only.</source>
            <translation>{frame} „{path}“ ist eine URL; Vorschauen werden nur aus Dateien auf diesem Computer erstellt.</translation>
        </message>
        <message>
            <source>The prompt is empty. Describe what happens between the frames.</source>
            <translation>Der Prompt ist leer. Beschreiben Sie, was zwischen den Bildern geschieht.</translation>
        </message>
        <message>
            <source>The prompt is {length} characters long; shorten it to at most {limit}.</source>
            <translation>Der Prompt ist {length} Zeichen lang; kürzen Sie ihn auf höchstens {limit}.</translation>
        </message>
        <message>
            <source>Choose a first frame.</source>
            <translation>Wählen Sie ein Startbild.</translation>
        </message>
        <message>
            <source>Choose a last frame.</source>
            <translation>Wählen Sie ein Endbild.</translation>
        </message>
        <message>
            <source>Duration {value} is not offered; choose {choices} seconds.</source>
            <translation>Die Dauer {value} wird nicht angeboten; wählen Sie {choices} Sekunden.</translation>
        </message>
        <message>
            <source>Audio must be on or off.</source>
            <translation>Ton muss an oder aus sein.</translation>
        </message>
        <message>
            <source>expected a JSON object</source>
            <translation>JSON-Objekt erwartet</translation>
        </message>
        <message>
            <source>missing or invalid 'id'</source>
            <translation>„id“ fehlt oder ist ungültig</translation>
        </message>
        <message>
            <source>missing or invalid 'status'</source>
            <translation>„status“ fehlt oder ist ungültig</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
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
            <source>Resolution</source>
            <translation>Auflösung</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>Seitenverhältnis</translation>
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
            <source>Fit</source>
            <translation>Anpassung</translation>
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
            <source>Generate audio</source>
            <translation>Ton erzeugen</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>mit Ton</translation>
        </message>
        <message>
            <source>silent</source>
            <translation>ohne Ton</translation>
        </message>
        <message>
            <source>Stopped waiting. The API cannot cancel a task, so it keeps running (and is paid for); resume the job later to fetch the video.</source>
            <translation>Warten beendet. Die API kann eine Aufgabe nicht abbrechen, sie läuft also weiter (und wird berechnet); setzen Sie den Auftrag später fort, um das Video abzuholen.</translation>
        </message>
        <message>
            <source>The video is not ready yet (last status: {status}). It keeps rendering on the server; resume the job later to fetch it.</source>
            <translation>Das Video ist noch nicht fertig (letzter Status: {status}). Es wird auf dem Server weiter erzeugt; setzen Sie den Auftrag später fort, um es abzuholen.</translation>
        </message>
        <message>
            <source>Job {job} has no saved frames to send again; start a new job instead.</source>
            <translation>Auftrag {job} hat keine gespeicherten Bilder zum erneuten Senden; beginnen Sie stattdessen einen neuen Auftrag.</translation>
        </message>
        <message>
            <source>Job {job}: {reason}</source>
            <translation>Auftrag {job}: {reason}</translation>
        </message>
        <message>
            <source>copy of job {job} without audio</source>
            <translation>Kopie von Auftrag {job} ohne Ton</translation>
        </message>
        <message>
            <source>copy of job {job}</source>
            <translation>Kopie von Auftrag {job}</translation>
        </message>
        <message>
            <source>Job {job} is being worked on elsewhere.</source>
            <translation>Auftrag {job} wird gerade an anderer Stelle bearbeitet.</translation>
        </message>
        <message>
            <source>not created; nothing was charged</source>
            <translation>nicht erstellt; es wurde nichts berechnet</translation>
        </message>
        <message>
            <source>{reason} Trying again in {seconds} s (nothing was created).</source>
            <translation>{reason} Neuer Versuch in {seconds} s (es wurde nichts erstellt).</translation>
        </message>
        <message>
            <source>sending cancelled; nothing was sent</source>
            <translation>Senden abgebrochen; es wurde nichts gesendet</translation>
        </message>
        <message>
            <source>Cancelled before the task was created.</source>
            <translation>Abgebrochen, bevor die Aufgabe erstellt wurde.</translation>
        </message>
        <message>
            <source>refused by the API</source>
            <translation>von der API abgelehnt</translation>
        </message>
        <message>
            <source>created as {generation_id}</source>
            <translation>erstellt als {generation_id}</translation>
        </message>
        <message>
            <source>The request was sent, but no usable answer came back ({reason}). The task may have been created and charged. Check your dashboard before submitting again: submitting again may cost credits.</source>
            <translation>Die Anfrage wurde gesendet, aber es kam keine verwertbare Antwort zurück ({reason}). Die Aufgabe wurde womöglich erstellt und berechnet. Prüfen Sie Ihr Dashboard, bevor Sie erneut senden: Erneutes Senden kann Credits kosten.</translation>
        </message>
        <message>
            <source>outcome of POST unknown</source>
            <translation>Ergebnis des POST unbekannt</translation>
        </message>
        <message>
            <source>{reason} Checking again in {seconds} s.</source>
            <translation>{reason} Erneute Prüfung in {seconds} s.</translation>
        </message>
        <message>
            <source>the API no longer knows this generation</source>
            <translation>die API kennt diese Generierung nicht mehr</translation>
        </message>
        <message>
            <source>The generation failed. The server said: {server}</source>
            <translation>Die Generierung ist fehlgeschlagen. Der Server meldete: {server}</translation>
        </message>
        <message>
            <source>The generation failed. The server said: no reason given</source>
            <translation>Die Generierung ist fehlgeschlagen. Der Server nannte keinen Grund.</translation>
        </message>
        <message>
            <source>The generation finished, but the server reported it finished but gave no video URL. Contact the API's support.</source>
            <translation>Die Generierung ist abgeschlossen, aber der Server hat keine Video-URL geliefert. Wenden Sie sich an den Support der API.</translation>
        </message>
        <message>
            <source>saved {name}</source>
            <translation>{name} gespeichert</translation>
        </message>
        <message>
            <source>Job {job} is being worked on by another veodesk window or command.</source>
            <translation>Auftrag {job} wird gerade von einem anderen veodesk-Fenster oder -Befehl bearbeitet.</translation>
        </message>
        <message>
            <source>veodesk stopped while sending it</source>
            <translation>veodesk wurde während des Sendens beendet</translation>
        </message>
        <message>
            <source>The CA bundle {path} in the settings does not exist; choose a PEM file or clear the setting.</source>
            <translation>Die CA-Zertifikatsdatei {path} aus den Einstellungen existiert nicht; wählen Sie eine PEM-Datei oder leeren Sie die Einstellung.</translation>
        </message>
        <message>
            <source>A storyboard holds at most {most} keyframes.</source>
            <translation>Ein Storyboard fasst höchstens {most} Schlüsselbilder.</translation>
        </message>
        <message>
            <source>Add keyframes</source>
            <translation>Schlüsselbilder hinzufügen</translation>
        </message>
        <message>
            <source>Add keyframe</source>
            <translation>Schlüsselbild hinzufügen</translation>
        </message>
        <message>
            <source>Delete keyframe</source>
            <translation>Schlüsselbild löschen</translation>
        </message>
        <message>
            <source>Move keyframe</source>
            <translation>Schlüsselbild verschieben</translation>
        </message>
        <message>
            <source>Swap keyframes</source>
            <translation>Schlüsselbilder tauschen</translation>
        </message>
        <message>
            <source>Replace keyframe</source>
            <translation>Schlüsselbild ersetzen</translation>
        </message>
        <message>
            <source>A prompt holds at most {most} characters.</source>
            <translation>Ein Prompt fasst höchstens {most} Zeichen.</translation>
        </message>
        <message>
            <source>Edit prompt</source>
            <translation>Prompt bearbeiten</translation>
        </message>
        <message>
            <source>Duration {value} is not offered.</source>
            <translation>Die Dauer {value} wird nicht angeboten.</translation>
        </message>
        <message>
            <source>Change duration</source>
            <translation>Dauer ändern</translation>
        </message>
        <message>
            <source>Change audio</source>
            <translation>Ton ändern</translation>
        </message>
        <message>
            <source>Job {job} is not a take of segment {segment}.</source>
            <translation>Auftrag {job} ist kein Take von Segment {segment}.</translation>
        </message>
        <message>
            <source>Choose take</source>
            <translation>Take wählen</translation>
        </message>
        <message>
            <source>Change film settings</source>
            <translation>Filmeinstellungen ändern</translation>
        </message>
        <message>
            <source>The keyframe {number}'s picture "{path}" cannot be read ({reason}). Put the file back or replace the keyframe.</source>
            <translation>Das Bild „{path}“ von Schlüsselbild {number} kann nicht gelesen werden ({reason}). Legen Sie die Datei zurück oder ersetzen Sie das Schlüsselbild.</translation>
        </message>
        <message>
            <source>The picture "{path}" cannot be read ({reason}). Put the file back or replace the keyframe.</source>
            <translation>Das Bild „{path}“ kann nicht gelesen werden ({reason}). Legen Sie die Datei zurück oder ersetzen Sie das Schlüsselbild.</translation>
        </message>
        <message>
            <source>Storyboard {path} ({where}): {problem}</source>
            <translation>Storyboard {path} ({where}): {problem}</translation>
        </message>
        <message>
            <source>Storyboard {path}: {problem}</source>
            <translation>Storyboard {path}: {problem}</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>must be a JSON object {shape}.</source>
            <translation>muss ein JSON-Objekt {shape} sein.</translation>
        </message>
        <message>
            <source>must be a JSON list {shape}.</source>
            <translation>muss eine JSON-Liste {shape} sein.</translation>
        </message>
        <message>
            <source>must be a text.</source>
            <translation>muss ein Text sein.</translation>
        </message>
        <message>
            <source>must be a text that is not empty.</source>
            <translation>muss ein nicht leerer Text sein.</translation>
        </message>
        <message>
            <source>contains a NUL character.</source>
            <translation>enthält ein NUL-Zeichen.</translation>
        </message>
        <message>
            <source>must be {choices}, not {value}.</source>
            <translation>muss {choices} sein, nicht {value}.</translation>
        </message>
        <message>
            <source>must be true or false.</source>
            <translation>muss true oder false sein.</translation>
        </message>
        <message>
            <source>must be a job number (a whole number above 0).</source>
            <translation>muss eine Auftragsnummer sein (eine ganze Zahl größer als 0).</translation>
        </message>
        <message>
            <source>is missing.</source>
            <translation>fehlt.</translation>
        </message>
        <message>
            <source>cannot be "auto": every segment must share one shape. Use "16:9" or "9:16".</source>
            <translation>darf nicht "auto" sein: Alle Segmente müssen dasselbe Format haben. Verwenden Sie "16:9" oder "9:16".</translation>
        </message>
        <message>
            <source>has no "image": name the picture, e.g. "frames/a.jpg".</source>
            <translation>hat kein "image": Geben Sie das Bild an, z. B. "frames/a.jpg".</translation>
        </message>
        <message>
            <source>is not a job state: {value}.</source>
            <translation>ist kein Auftragsstatus: {value}.</translation>
        </message>
        <message>
            <source>has no "prompt".</source>
            <translation>hat keinen "prompt".</translation>
        </message>
        <message>
            <source>has no "duration" (4, 6 or 8 seconds).</source>
            <translation>hat keine "duration" (4, 6 oder 8 Sekunden).</translation>
        </message>
        <message>
            <source>is not a veodesk storyboard (no "format": "{format}").</source>
            <translation>ist kein veodesk-Storyboard (kein "format": "{format}").</translation>
        </message>
        <message>
            <source>must be a whole number; this veodesk writes {version}.</source>
            <translation>muss eine ganze Zahl sein; diese veodesk-Version schreibt {version}.</translation>
        </message>
        <message>
            <source>was written by a newer veodesk (format {version}; this one reads {supported}). Update veodesk to open it.</source>
            <translation>wurde von einer neueren veodesk-Version geschrieben (Format {version}; diese liest {supported}). Aktualisieren Sie veodesk, um es zu öffnen.</translation>
        </message>
        <message>
            <source>has {count}; a storyboard has {least} to {most}.</source>
            <translation>hat {count}; ein Storyboard hat {least} bis {most}.</translation>
        </message>
        <message>
            <source>has {count}, but {keyframes} keyframes need exactly {needed} (one between each pair).</source>
            <translation>hat {count}, aber {keyframes} Schlüsselbilder brauchen genau {needed} (eins zwischen jedem Paar).</translation>
        </message>
        <message>
            <source>two segments have the same "id".</source>
            <translation>zwei Segmente haben dieselbe "id".</translation>
        </message>
        <message>
            <source>is larger than {size} MB; it is not a storyboard.</source>
            <translation>ist größer als {size} MB; es ist kein Storyboard.</translation>
        </message>
        <message>
            <source>is not UTF-8 text; it is damaged or not a storyboard.</source>
            <translation>ist kein UTF-8-Text; es ist beschädigt oder kein Storyboard.</translation>
        </message>
        <message>
            <source>is not valid JSON ({reason}); it is damaged.</source>
            <translation>ist kein gültiges JSON ({reason}); es ist beschädigt.</translation>
        </message>
        <message>
            <source>cannot be read ({reason}).</source>
            <translation>kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>The storyboard {path} is open in another veodesk window or command. Close it there (or wait for its render to end), then try again.</source>
            <translation>Das Storyboard {path} ist in einem anderen veodesk-Fenster oder -Befehl geöffnet. Schließen Sie es dort (oder warten Sie, bis die Filmerstellung dort endet), und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>Keyframe {number}'s picture {picture} is missing. Put it back or replace the keyframe (in {path}).</source>
            <translation>Das Bild {picture} von Schlüsselbild {number} fehlt. Legen Sie es zurück oder ersetzen Sie das Schlüsselbild (in {path}).</translation>
        </message>
        <message>
            <source>segment {segment}: {warning}</source>
            <translation>Segment {segment}: {warning}</translation>
        </message>
        <message>
            <source>{path} already exists; choose another --output or add --force to replace it.</source>
            <translation>{path} existiert bereits; wählen Sie ein anderes --output oder fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
        </message>
        <message>
            <source>{path} is not a file; choose another --output.</source>
            <translation>{path} ist keine Datei; wählen Sie ein anderes --output.</translation>
        </message>
        <message>
            <source>Cannot write {path}: its folder does not exist or is not writable.</source>
            <translation>{path} kann nicht geschrieben werden: Der Ordner existiert nicht oder ist nicht beschreibbar.</translation>
        </message>
        <message>
            <source>Ask for 1 to {most} takes at a time.</source>
            <translation>Fordern Sie 1 bis {most} Takes auf einmal an.</translation>
        </message>
        <message>
            <source>There is no segment {segment}.</source>
            <translation>Es gibt kein Segment {segment}.</translation>
        </message>
        <message>
            <source>segment {segment} (job {job})</source>
            <translation>Segment {segment} (Auftrag {job})</translation>
        </message>
        <message>
            <source>Segment {segment} has no prompt: describe what happens between keyframes {first} and {last} (in {path}).</source>
            <translation>Segment {segment} hat keinen Prompt: Beschreiben Sie, was zwischen den Schlüsselbildern {first} und {last} geschieht (in {path}).</translation>
        </message>
        <message>
            <source>Segment {segment}: {reason}</source>
            <translation>Segment {segment}: {reason}</translation>
        </message>
        <message>
            <source>Nothing was sent. For {segments} a request was sent but no answer came back, so a task may have been created and charged. Check your dashboard; to send one again, run 'veodesk-cli resubmit JOB --yes' (it stays a take of its segment), then render again.</source>
            <translation>Es wurde nichts gesendet. Für {segments} wurde eine Anfrage gesendet, aber es kam keine Antwort zurück; womöglich wurde also eine Aufgabe erstellt und berechnet. Prüfen Sie Ihr Dashboard; um eine erneut zu senden, führen Sie 'veodesk-cli resubmit JOB --yes' aus (sie bleibt ein Take ihres Segments), und erstellen Sie den Film dann erneut.</translation>
        </message>
        <message>
            <source>sending job {job}</source>
            <translation>Auftrag {job} wird gesendet</translation>
        </message>
        <message>
            <source>resuming job {job} ({generation_id})</source>
            <translation>Auftrag {job} wird fortgesetzt ({generation_id})</translation>
        </message>
        <message>
            <source>Job {job} ended {state}: {reason}.</source>
            <translation>Auftrag {job} endete mit dem Status „{state}“: {reason}.</translation>
        </message>
        <message>
            <source>Job {job} ended {state}: no video.</source>
            <translation>Auftrag {job} endete mit dem Status „{state}“: kein Video.</translation>
        </message>
        <message>
            <source>done (job {job})</source>
            <translation>fertig (Auftrag {job})</translation>
        </message>
        <message>
            <source>A segment has no finished take to join.</source>
            <translation>Ein Segment hat keinen fertigen Take zum Verbinden.</translation>
        </message>
        <message>
            <source>failed: {reason}</source>
            <translation>fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <source>The saved frame {path} is missing ({reason}); start a new job from the original pictures.</source>
            <translation>Das gespeicherte Bild {path} fehlt ({reason}); beginnen Sie einen neuen Auftrag mit den Originalbildern.</translation>
        </message>
        <message>
            <source>VEODESK_BILLING_URL {url} is not an http(s) URL; use e.g. {example}.</source>
            <translation>VEODESK_BILLING_URL {url} ist keine http(s)-URL; verwenden Sie z. B. {example}.</translation>
        </message>
        <message>
            <source>API base URL {url} is not an http(s) URL; use e.g. {example}.</source>
            <translation>Die API-Basis-URL {url} ist keine http(s)-URL; verwenden Sie z. B. {example}.</translation>
        </message>
        <message>
            <source>VEODESK_BILLING_URL {url} uses plain http, which would send your key unencrypted; use https (plain http is allowed only for 127.0.0.1/localhost).</source>
            <translation>VEODESK_BILLING_URL {url} verwendet einfaches http, wodurch Ihr Schlüssel unverschlüsselt gesendet würde; verwenden Sie https (einfaches http ist nur für 127.0.0.1/localhost erlaubt).</translation>
        </message>
        <message>
            <source>API base URL {url} uses plain http, which would send your key unencrypted; use https (plain http is allowed only for 127.0.0.1/localhost).</source>
            <translation>Die API-Basis-URL {url} verwendet einfaches http, wodurch Ihr Schlüssel unverschlüsselt gesendet würde; verwenden Sie https (einfaches http ist nur für 127.0.0.1/localhost erlaubt).</translation>
        </message>
        <message>
            <source>VEODESK_BILLING_URL {url} must not contain credentials, a query or a fragment.</source>
            <translation>VEODESK_BILLING_URL {url} darf keine Zugangsdaten, keine Abfrage und kein Fragment enthalten.</translation>
        </message>
        <message>
            <source>API base URL {url} must not contain credentials, a query or a fragment.</source>
            <translation>Die API-Basis-URL {url} darf keine Zugangsdaten, keine Abfrage und kein Fragment enthalten.</translation>
        </message>
        <message>
            <source>The generation finished, but the video URL is not an http(s) URL. Contact the API's support.</source>
            <translation>Die Generierung ist abgeschlossen, aber die Video-URL ist keine http(s)-URL. Wenden Sie sich an den Support der API.</translation>
        </message>
        <message>
            <source>The generation finished, but the video URL points at this computer. Contact the API's support.</source>
            <translation>Die Generierung ist abgeschlossen, aber die Video-URL zeigt auf diesen Computer. Wenden Sie sich an den Support der API.</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
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
            <translation>Anderes Bild wählen</translation>
        </message>
        <message>
            <source>Job {job}: {problem}</source>
            <translation>Auftrag {job}: {problem}</translation>
        </message>
        <message>
            <source>Job {job}: The API refused your key ({reason}). Check it in the settings, or create a new one at {url}.</source>
            <translation>Auftrag {job}: Die API hat Ihren Schlüssel abgelehnt ({reason}). Prüfen Sie ihn in den Einstellungen oder erstellen Sie unter {url} einen neuen.</translation>
        </message>
        <message>
            <source>The API refused your key ({reason}). Check it in the settings, or create a new one at {url}.</source>
            <translation>Die API hat Ihren Schlüssel abgelehnt ({reason}). Prüfen Sie ihn in den Einstellungen oder erstellen Sie unter {url} einen neuen.</translation>
        </message>
        <message>
            <source>Job {job}: {problem} The job is kept: resume it from the history when you are ready.</source>
            <translation>Auftrag {job}: {problem} Der Auftrag bleibt erhalten: Setzen Sie ihn im Verlauf fort, sobald Sie so weit sind.</translation>
        </message>
    </context>
</TS>
