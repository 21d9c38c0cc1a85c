<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>AppController</name>
        <message>
            <source>Still loading your API key; try again in a moment.</source>
            <translation>Todavía se está cargando tu clave de API; inténtalo de nuevo en un momento.</translation>
        </message>
        <message>
            <source>Preparing the frames…</source>
            <translation>Preparando los fotogramas…</translation>
        </message>
        <message>
            <source>The last frame is now the first frame: choose where the next clip ends.</source>
            <translation>El último fotograma es ahora el primero: elige dónde termina el siguiente clip.</translation>
        </message>
    </context>
    <context>
        <name>BalancePresenter</name>
        <message>
            <source>&lt;a href="{url}"&gt;Top up&lt;/a&gt;</source>
            <translation>&lt;a href="{url}"&gt;Recargar&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Add funds on the AI/ML API site ({url})</source>
            <translation>Añade fondos en el sitio de AI/ML API ({url})</translation>
        </message>
        <message>
            <source>Balance: reading…</source>
            <translation>Saldo: leyendo…</translation>
        </message>
        <message>
            <source>Balance: unknown</source>
            <translation>Saldo: desconocido</translation>
        </message>
        <message>
            <source>The balance could not be read: {error}</source>
            <translation>No se pudo leer el saldo: {error}</translation>
        </message>
        <message>
            <source>Balance: {amount} · {age} · low</source>
            <translation>Saldo: {amount} · {age} · bajo</translation>
        </message>
        <message>
            <source>Balance: {amount} · {age}</source>
            <translation>Saldo: {amount} · {age}</translation>
        </message>
        <message numerus="yes">
            <source>{credits} credit(s). The last refresh failed: {error}</source>
            <translation>
                <numerusform>{credits} crédito. La última actualización falló: {error}</numerusform>
                <numerusform>{credits} créditos. La última actualización falló: {error}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{credits} credit(s)</source>
            <translation>
                <numerusform>{credits} crédito</numerusform>
                <numerusform>{credits} créditos</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} · &lt;a href="{link}"&gt;Refresh&lt;/a&gt;</source>
            <translation>{status} · &lt;a href="{link}"&gt;Actualizar&lt;/a&gt;</translation>
        </message>
        <message>
            <source>The expected cost of this video, about {cost}, is more than your balance of {balance}. You can still send it (the balance may lag behind), but it may fail; top up to be sure.</source>
            <translation>El coste previsto de este vídeo, unos {cost}, supera tu saldo de {balance}. Puedes enviarlo igualmente (el saldo puede ir con retraso), pero podría fallar; recarga para asegurarte.</translation>
        </message>
        <message>
            <source>Your AI/ML API balance is low: {balance}. You can still send jobs; top up before the credits run out.</source>
            <translation>Tu saldo en AI/ML API es bajo: {balance}. Aún puedes enviar trabajos; recarga antes de que se agoten los créditos.</translation>
        </message>
        <message>
            <source>Top up</source>
            <translation>Recargar</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Descartar el mensaje</translation>
        </message>
        <message>
            <source>Error: {text}</source>
            <translation>Error: {text}</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>Aviso: {text}</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>Nota: {text}</translation>
        </message>
    </context>
    <context>
        <name>ComposePanel</name>
        <message>
            <source>Swap the first and last frames</source>
            <translation>Intercambiar el primer y el último fotograma</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Describe what happens between the two frames: the motion, the camera, the mood, the sound…</source>
            <translation>Describe lo que ocurre entre los dos fotogramas: el movimiento, la cámara, el ambiente, el sonido…</translation>
        </message>
        <message>
            <source>How a picture of another shape becomes the video's shape: cropped (drag the highlighted area to choose what stays), padded with a blurred border, or sent unchanged for the service to handle.</source>
            <translation>Cómo una imagen de otra forma adopta la forma del vídeo: recortada (arrastra la zona resaltada para elegir qué se conserva), rellenada con un borde difuminado o enviada sin cambios para que la ajuste el servicio.</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Generar</translation>
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation>&amp;Prompt</translation>
        </message>
        <message>
            <source>&amp;Duration</source>
            <translation>&amp;Duración</translation>
        </message>
        <message>
            <source>&amp;Resolution</source>
            <translation>&amp;Resolución</translation>
        </message>
        <message>
            <source>&amp;Aspect ratio</source>
            <translation>Relación de &amp;aspecto</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>A&amp;juste</translation>
        </message>
        <message>
            <source>write a prompt</source>
            <translation>escribe un prompt</translation>
        </message>
        <message>
            <source>shorten the prompt to {limit} characters</source>
            <translation>acorta el prompt a {limit} caracteres</translation>
        </message>
        <message>
            <source>Expected cost: estimating…</source>
            <translation>Coste previsto: calculando…</translation>
        </message>
        <message>
            <source>Expected cost: {estimate} · usually ready in {duration}</source>
            <translation>Coste previsto: {estimate} · suele estar listo en {duration}</translation>
        </message>
        <message>
            <source>Expected cost: {estimate}</source>
            <translation>Coste previsto: {estimate}</translation>
        </message>
        <message>
            <source>{count} / {limit}: too long</source>
            <translation>{count} / {limit}: demasiado largo</translation>
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
            <translation>Para generar, {steps}.</translation>
        </message>
        <message>
            <source>Generate the video (Ctrl+Return)</source>
            <translation>Generar el vídeo (Ctrl+Intro)</translation>
        </message>
    </context>
    <context>
        <name>DemoMode</name>
        <message>
            <source>Demo: rendered locally, not by Veo</source>
            <translation>Demo: generado localmente, no por Veo</translation>
        </message>
        <message>
            <source>Finish or stop the running jobs before starting the demo.</source>
            <translation>Termina o detén los trabajos en curso antes de iniciar la demo.</translation>
        </message>
        <message>
            <source>The demo could not start: {error}</source>
            <translation>No se pudo iniciar la demo: {error}</translation>
        </message>
        <message>
            <source>The demo history could not be opened: {error}</source>
            <translation>No se pudo abrir el historial de la demo: {error}</translation>
        </message>
        <message>
            <source>Demo ready: press Generate to render the sample locally.</source>
            <translation>Demo lista: pulsa Generar para crear el ejemplo localmente.</translation>
        </message>
        <message>
            <source>Finish or stop the running jobs before leaving the demo.</source>
            <translation>Termina o detén los trabajos en curso antes de salir de la demo.</translation>
        </message>
        <message>
            <source>Demo closed: jobs now go to the AI/ML API with your key.</source>
            <translation>Demo cerrada: los trabajos van ahora a AI/ML API con tu clave.</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif *.heic *.heif *.avif);;All files (*)</source>
            <translation>Imágenes (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif *.heic *.heif *.avif);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Save the video as</source>
            <translation>Guardar el vídeo como</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>Vídeo MP4 (*.mp4)</translation>
        </message>
        <message>
            <source>Save videos in</source>
            <translation>Guardar los vídeos en</translation>
        </message>
    </context>
    <context>
        <name>FilmDialog</name>
        <message>
            <source>No timeline</source>
            <translation>Sin línea de tiempo</translation>
        </message>
        <message>
            <source>OpenTimelineIO (.otio)</source>
            <translation>OpenTimelineIO (.otio)</translation>
        </message>
        <message>
            <source>Final Cut Pro 7 XML (.xml), for Premiere and Resolve</source>
            <translation>Final Cut Pro 7 XML (.xml), para Premiere y Resolve</translation>
        </message>
        <message>
            <source>CMX 3600 EDL (.edl)</source>
            <translation>CMX 3600 EDL (.edl)</translation>
        </message>
        <message>
            <source>Music (*.mp3 *.wav *.flac *.m4a *.aac *.mp4);;All files (*)</source>
            <translation>Música (*.mp3 *.wav *.flac *.m4a *.aac *.mp4);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Join into a film</source>
            <translation>Unir en una película</translation>
        </message>
        <message>
            <source>Clips, in the film's order</source>
            <translation>Clips, en el orden de la película</translation>
        </message>
        <message>
            <source>#{id}  {prompt}  ({seconds} s)</source>
            <translation>#{id}  {prompt}  ({seconds} s)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Transition</source>
            <translation>Transición</translation>
        </message>
        <message>
            <source>Cut: each shared keyframe shows once</source>
            <translation>Corte: cada fotograma clave compartido aparece una vez</translation>
        </message>
        <message>
            <source>Crossfade</source>
            <translation>Fundido encadenado</translation>
        </message>
        <message>
            <source>Crossfade length</source>
            <translation>Duración del fundido</translation>
        </message>
        <message>
            <source> frames</source>
            <comment>after a number</comment>
            <translation> fotogramas</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>Música</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no music</comment>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the music</source>
            <translation>Elegir la música</translation>
        </message>
        <message>
            <source>Only the music (mute the clips' own sound)</source>
            <translation>Solo la música (silenciar el sonido de los clips)</translation>
        </message>
        <message>
            <source>Even out loudness (−16 LUFS)</source>
            <translation>Igualar el volumen (−16 LUFS)</translation>
        </message>
        <message>
            <source>Fade in and out</source>
            <translation>Fundido de entrada y salida</translation>
        </message>
        <message>
            <source> s</source>
            <comment>after a number of seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no fade</comment>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Timeline for an editor</source>
            <translation>Línea de tiempo para un editor</translation>
        </message>
        <message>
            <source>Loudness</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Saved as</source>
            <translation>Se guarda como</translation>
        </message>
        <message>
            <source>%p %</source>
            <comment>the progress in percent</comment>
            <translation>%p %</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Unir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The clips, in the film's order (drag to reorder):</source>
            <translation>Los clips, en el orden de la película (arrastra para reordenar):</translation>
        </message>
    </context>
    <context>
        <name>FilmJoinFlow</name>
        <message>
            <source>The film is ready: {path}</source>
            <translation>La película está lista: {path}</translation>
        </message>
        <message>
            <source>Joining stopped: no film was written.</source>
            <translation>Unión detenida: no se escribió ninguna película.</translation>
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
                <numerusform>{usd} ({credits} crédito)</numerusform>
                <numerusform>{usd} ({credits} créditos)</numerusform>
            </translation>
        </message>
        <message>
            <source>about {cost}, from your history</source>
            <translation>unos {cost}, según tu historial</translation>
        </message>
        <message>
            <source>about {cost}, list price {date}</source>
            <translation>unos {cost}, precio de lista de {date}</translation>
        </message>
        <message>
            <source>updated just now</source>
            <translation>actualizado ahora mismo</translation>
        </message>
        <message numerus="yes">
            <source>updated %n min ago</source>
            <translation>
                <numerusform>actualizado hace %n min</numerusform>
                <numerusform>actualizado hace %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n h ago</source>
            <translation>
                <numerusform>actualizado hace %n h</numerusform>
                <numerusform>actualizado hace %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n day(s) ago</source>
            <translation>
                <numerusform>actualizado hace %n día</numerusform>
                <numerusform>actualizado hace %n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameSlot</name>
        <message>
            <source>Press Enter to choose a picture. When the picture is cropped, the arrow keys move the crop.</source>
            <translation>Pulsa Intro para elegir una imagen. Cuando la imagen se recorta, las flechas mueven el recorte.</translation>
        </message>
        <message>
            <source>or an image link: https://…</source>
            <translation>o un enlace a una imagen: https://…</translation>
        </message>
        <message>
            <source>Saving the pasted picture…</source>
            <translation>Guardando la imagen pegada…</translation>
        </message>
        <message>
            <source>The pasted picture could not be kept: {error}</source>
            <translation>No se pudo guardar la imagen pegada: {error}</translation>
        </message>
        <message>
            <source>Image link from {host}
The service fetches it when you generate.</source>
            <translation>Enlace a una imagen de {host}
El servicio la descarga al generar.</translation>
        </message>
        <message>
            <source>Loading preview…</source>
            <translation>Cargando la vista previa…</translation>
        </message>
        <message>
            <source>This picture cannot be used.
Click to choose another.</source>
            <translation>Esta imagen no se puede usar.
Haz clic para elegir otra.</translation>
        </message>
        <message>
            <source>A link must start with http:// or https://.</source>
            <translation>Un enlace debe empezar por http:// o https://.</translation>
        </message>
        <message>
            <source>Drop a picture here
or click to choose one</source>
            <translation>Suelta una imagen aquí
o haz clic para elegir una</translation>
        </message>
        <message>
            <source>{name} · {width}×{height}</source>
            <translation>{name} · {width}×{height}</translation>
        </message>
        <message>
            <source>Sent as a link</source>
            <translation>Se envía como enlace</translation>
        </message>
        <message>
            <source>⚠ {note}</source>
            <translation>⚠ {note}</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vacío</translation>
        </message>
        <message>
            <source>loading</source>
            <translation>cargando</translation>
        </message>
        <message>
            <source>link {url}</source>
            <translation>enlace {url}</translation>
        </message>
        <message>
            <source>The clipboard holds no picture, image file or link.</source>
            <translation>El portapapeles no contiene ninguna imagen, archivo de imagen ni enlace.</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>Primer fotograma</translation>
        </message>
        <message>
            <source>Choose the first frame</source>
            <translation>Elegir el primer fotograma</translation>
        </message>
        <message>
            <source>Choose the first frame (Ctrl+O)</source>
            <translation>Elegir el primer fotograma (Ctrl+O)</translation>
        </message>
        <message>
            <source>Paste an image as the first frame</source>
            <translation>Pegar una imagen como primer fotograma</translation>
        </message>
        <message>
            <source>Clear the first frame</source>
            <translation>Quitar el primer fotograma</translation>
        </message>
        <message>
            <source>First frame preview</source>
            <translation>Vista previa del primer fotograma</translation>
        </message>
        <message>
            <source>First frame link</source>
            <translation>Enlace del primer fotograma</translation>
        </message>
        <message>
            <source>First frame: {state}</source>
            <translation>Primer fotograma: {state}</translation>
        </message>
        <message>
            <source>choose a first frame</source>
            <translation>elige un primer fotograma</translation>
        </message>
        <message>
            <source>wait for the first frame to load</source>
            <translation>espera a que cargue el primer fotograma</translation>
        </message>
        <message>
            <source>replace the first frame: {error}</source>
            <translation>sustituye el primer fotograma: {error}</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>Último fotograma</translation>
        </message>
        <message>
            <source>Choose the last frame</source>
            <translation>Elegir el último fotograma</translation>
        </message>
        <message>
            <source>Choose the last frame (Ctrl+O)</source>
            <translation>Elegir el último fotograma (Ctrl+O)</translation>
        </message>
        <message>
            <source>Paste an image as the last frame</source>
            <translation>Pegar una imagen como último fotograma</translation>
        </message>
        <message>
            <source>Clear the last frame</source>
            <translation>Quitar el último fotograma</translation>
        </message>
        <message>
            <source>Last frame preview</source>
            <translation>Vista previa del último fotograma</translation>
        </message>
        <message>
            <source>Last frame link</source>
            <translation>Enlace del último fotograma</translation>
        </message>
        <message>
            <source>Last frame: {state}</source>
            <translation>Último fotograma: {state}</translation>
        </message>
        <message>
            <source>choose a last frame</source>
            <translation>elige un último fotograma</translation>
        </message>
        <message>
            <source>wait for the last frame to load</source>
            <translation>espera a que cargue el último fotograma</translation>
        </message>
        <message>
            <source>replace the last frame: {error}</source>
            <translation>sustituye el último fotograma: {error}</translation>
        </message>
    </context>
    <context>
        <name>JobActions</name>
        <message>
            <source>The video of job {id} is no longer at {path}. It may have been moved or deleted.</source>
            <translation>El vídeo del trabajo {id} ya no está en {path}. Puede que se haya movido o eliminado.</translation>
        </message>
        <message>
            <source>The job's frames and settings are back in the compose panel.</source>
            <translation>Los fotogramas y ajustes del trabajo vuelven a estar en el panel de composición.</translation>
        </message>
        <message>
            <source>Stopped waiting. The API has no cancel: the task still runs on the server.</source>
            <translation>Se dejó de esperar. La API no permite cancelar: la tarea sigue ejecutándose en el servidor.</translation>
        </message>
        <message>
            <source>Job {id} could not be sent again: {error}</source>
            <translation>No se pudo volver a enviar el trabajo {id}: {error}</translation>
        </message>
        <message>
            <source>about {cost}</source>
            <translation>unos {cost}</translation>
        </message>
        <message>
            <source>This sends job {id}'s frames, prompt and settings again as a new task, without audio: Veo's audio filter blocks some videos that pass without it. It costs {price}.</source>
            <translation>Se volverán a enviar los fotogramas, el prompt y los ajustes del trabajo {id} como una tarea nueva, sin audio: el filtro de audio de Veo bloquea algunos vídeos que sin él pasan. Cuesta {price}.</translation>
        </message>
        <message>
            <source>This sends job {id}'s frames, prompt and settings again as a new task. It costs {price}.</source>
            <translation>Se volverán a enviar los fotogramas, el prompt y los ajustes del trabajo {id} como una tarea nueva. Cuesta {price}.</translation>
        </message>
        <message>
            <source>Submit again without audio?</source>
            <translation>¿Volver a enviar sin audio?</translation>
        </message>
        <message>
            <source>Submit again?</source>
            <translation>¿Volver a enviar?</translation>
        </message>
        <message>
            <source>Submit without audio</source>
            <translation>Enviar sin audio</translation>
        </message>
        <message>
            <source>Submit again</source>
            <translation>Volver a enviar</translation>
        </message>
        <message>
            <source>No file manager could be opened. The video is at {path}</source>
            <translation>No se pudo abrir ningún gestor de archivos. El vídeo está en {path}</translation>
        </message>
        <message>
            <source>Generation id copied.</source>
            <translation>ID de generación copiado.</translation>
        </message>
        <message>
            <source>Video URL copied. It may expire after a while.</source>
            <translation>URL del vídeo copiada. Puede caducar al cabo de un tiempo.</translation>
        </message>
        <message>
            <source>Saved a copy as {path}</source>
            <translation>Se guardó una copia como {path}</translation>
        </message>
        <message>
            <source>The copy could not be saved: {error}</source>
            <translation>No se pudo guardar la copia: {error}</translation>
        </message>
        <message>
            <source>Delete job?</source>
            <translation>¿Eliminar el trabajo?</translation>
        </message>
        <message>
            <source>Delete job {id} from the history?</source>
            <translation>¿Eliminar el trabajo {id} del historial?</translation>
        </message>
        <message>
            <source>Its video is {path}</source>
            <translation>Su vídeo es {path}</translation>
        </message>
        <message>
            <source>Delete job and video</source>
            <translation>Eliminar el trabajo y el vídeo</translation>
        </message>
        <message>
            <source>Delete job, keep video</source>
            <translation>Eliminar el trabajo y conservar el vídeo</translation>
        </message>
        <message>
            <source>Delete job</source>
            <translation>Eliminar el trabajo</translation>
        </message>
        <message>
            <source>Deleted job {id} and its video.</source>
            <translation>Se eliminaron el trabajo {id} y su vídeo.</translation>
        </message>
        <message>
            <source>Deleted job {id}.</source>
            <translation>Se eliminó el trabajo {id}.</translation>
        </message>
        <message>
            <source>Job {id} could not be deleted: {error}</source>
            <translation>No se pudo eliminar el trabajo {id}: {error}</translation>
        </message>
    </context>
    <context>
        <name>JobEvents</name>
        <message>
            <source>sent to the API</source>
            <translation>enviado a la API</translation>
        </message>
        <message>
            <source>job {id}: {event}</source>
            <translation>trabajo {id}: {event}</translation>
        </message>
        <message>
            <source>Job {id}: {event}</source>
            <translation>Trabajo {id}: {event}</translation>
        </message>
        <message>
            <source>About your frames: {warnings}</source>
            <translation>Sobre tus fotogramas: {warnings}</translation>
        </message>
        <message>
            <source>job {id}</source>
            <translation>trabajo {id}</translation>
        </message>
        <message>
            <source>Video ready: {name}</source>
            <translation>Vídeo listo: {name}</translation>
        </message>
        <message>
            <source>Your video is ready</source>
            <translation>Tu vídeo está listo</translation>
        </message>
    </context>
    <context>
        <name>JobHistory</name>
        <message>
            <source>The job history could not be read: {error}</source>
            <translation>No se pudo leer el historial de trabajos: {error}</translation>
        </message>
        <message>
            <source>Unfinished jobs could not be listed: {error}</source>
            <translation>No se pudieron enumerar los trabajos sin terminar: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Resuming %n unfinished job(s) from last time.</source>
            <translation>
                <numerusform>Reanudando %n trabajo sin terminar de la última vez.</numerusform>
                <numerusform>Reanudando %n trabajos sin terminar de la última vez.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobListView</name>
        <message>
            <source>No videos yet.
Choose two frames, describe the motion and press Generate.</source>
            <translation>Todavía no hay vídeos.
Elige dos fotogramas, describe el movimiento y pulsa Generar.</translation>
        </message>
    </context>
    <context>
        <name>JobsController</name>
        <message>
            <source>You stopped waiting. The API cannot cancel a task, so it keeps running (and is charged) on the server; choose Resume waiting to fetch the video.</source>
            <translation>Dejaste de esperar. La API no puede cancelar una tarea, así que sigue ejecutándose (y cobrándose) en el servidor; elige «Seguir esperando» para obtener el vídeo.</translation>
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <source>Preparing</source>
            <translation>Preparando</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>Generando</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Descargando</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallido</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>the aspect ratio</comment>
            <translation>automático</translation>
        </message>
        <message>
            <source>film</source>
            <translation>película</translation>
        </message>
        <message>
            <source>Generation id: {id}</source>
            <translation>ID de generación: {id}</translation>
        </message>
    </context>
    <context>
        <name>JobsPanel</name>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Trabajos</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Reuse settings</source>
            <translation>Reutilizar los ajustes</translation>
        </message>
        <message>
            <source>Reuse</source>
            <translation>Reutilizar</translation>
        </message>
        <message>
            <source>Submit again…</source>
            <translation>Volver a enviar…</translation>
        </message>
        <message>
            <source>Submit again</source>
            <translation>Volver a enviar</translation>
        </message>
        <message>
            <source>Submit again without audio…</source>
            <translation>Volver a enviar sin audio…</translation>
        </message>
        <message>
            <source>Without audio</source>
            <translation>Sin audio</translation>
        </message>
        <message>
            <source>Send the same frames, prompt and settings as a silent video: Veo's audio filter blocks some videos that pass without audio</source>
            <translation>Enviar los mismos fotogramas, prompt y ajustes como vídeo sin sonido: el filtro de audio de Veo bloquea algunos vídeos que sin audio pasan</translation>
        </message>
        <message>
            <source>Resume waiting</source>
            <translation>Seguir esperando</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Stop waiting</source>
            <translation>Dejar de esperar</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <source>Copy generation id</source>
            <translation>Copiar el ID de generación</translation>
        </message>
        <message>
            <source>Copy video URL</source>
            <translation>Copiar la URL del vídeo</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Join into a film…</source>
            <translation>Unir en una película…</translation>
        </message>
        <message>
            <source>Select two or more finished videos (Ctrl+click or Shift+click) to join them</source>
            <translation>Selecciona dos o más vídeos terminados (Ctrl+clic o Mayús+clic) para unirlos</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <source>More job actions</source>
            <translation>Más acciones del trabajo</translation>
        </message>
        <message numerus="yes">
            <source>%Ln job(s) · {cost} spent</source>
            <translation>
                <numerusform>%Ln trabajo · {cost} gastados</numerusform>
                <numerusform>%Ln trabajos · {cost} gastados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LastFrameGrabber</name>
        <message>
            <source>Reading the video took too long.</source>
            <translation>Leer el vídeo tardó demasiado.</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>ilegible</translation>
        </message>
        <message>
            <source>The file has no video track.</source>
            <translation>El archivo no tiene pista de vídeo.</translation>
        </message>
        <message>
            <source>The file is not a video Qt can read.</source>
            <translation>El archivo no es un vídeo que Qt pueda leer.</translation>
        </message>
        <message>
            <source>The last frame could not be captured: {error}</source>
            <translation>No se pudo capturar el último fotograma: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Loading the player…</source>
            <translation>Cargando el reproductor…</translation>
        </message>
        <message>
            <source>&amp;Open frame…</source>
            <translation>&amp;Abrir fotograma…</translation>
        </message>
        <message>
            <source>&amp;Paste frame</source>
            <translation>&amp;Pegar fotograma</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>Probar la &amp;demo</translation>
        </message>
        <message>
            <source>&amp;Leave the demo</source>
            <translation>Sa&amp;lir de la demo</translation>
        </message>
        <message>
            <source>Get an API &amp;key</source>
            <translation>Obtener una &amp;clave de API</translation>
        </message>
        <message>
            <source>Refresh the &amp;balance</source>
            <translation>Actualizar el &amp;saldo</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Abrir la carpeta de &amp;registros</translation>
        </message>
        <message>
            <source>Copy &amp;diagnostics</source>
            <translation>Copiar el &amp;diagnóstico</translation>
        </message>
        <message>
            <source>Copy versions, settings and recent log lines, without your key or private paths, to paste into a bug report</source>
            <translation>Copiar versiones, ajustes y las últimas líneas del registro, sin tu clave ni rutas privadas, para pegarlos en un informe de error</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Jobs</source>
            <translation>&amp;Trabajos</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
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
            <translation>Duración</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>Relación de aspecto</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <source>Generate audio</source>
            <translation>Generar audio</translation>
        </message>
        <message>
            <source>4 seconds</source>
            <translation>4 segundos</translation>
        </message>
        <message>
            <source>6 seconds</source>
            <translation>6 segundos</translation>
        </message>
        <message>
            <source>8 seconds</source>
            <translation>8 segundos</translation>
        </message>
        <message>
            <source>Auto (from the first frame)</source>
            <translation>Automática (según el primer fotograma)</translation>
        </message>
        <message>
            <source>16:9 landscape</source>
            <translation>16:9 horizontal</translation>
        </message>
        <message>
            <source>9:16 portrait</source>
            <translation>9:16 vertical</translation>
        </message>
        <message>
            <source>Crop to fill</source>
            <translation>Recortar para llenar</translation>
        </message>
        <message>
            <source>Pad to fit</source>
            <translation>Ajustar con bordes</translation>
        </message>
        <message>
            <source>Leave as is</source>
            <translation>Dejar como está</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>con audio</translation>
        </message>
        <message>
            <source>silent</source>
            <translation>sin audio</translation>
        </message>
    </context>
    <context>
        <name>Player</name>
        <message>
            <source>Play (Space)</source>
            <translation>Reproducir (Espacio)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>Silenciar</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <source>Use last frame as next first frame</source>
            <translation>Usar el último fotograma como siguiente primero</translation>
        </message>
        <message>
            <source>Put this video's final frame into the first-frame slot, to continue the scene</source>
            <translation>Poner el último fotograma de este vídeo como primer fotograma, para continuar la escena</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vídeo</translation>
        </message>
        <message>
            <source>Your video plays here.
Generate one, or pick a finished job.</source>
            <translation>Tu vídeo se reproduce aquí.
Genera uno o elige un trabajo terminado.</translation>
        </message>
        <message>
            <source>Last frame of the video</source>
            <translation>Último fotograma del vídeo</translation>
        </message>
        <message>
            <source>No sound output on this computer</source>
            <translation>Este equipo no tiene salida de sonido</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pausa (Espacio)</translation>
        </message>
        <message>
            <source>Unmute</source>
            <translation>Activar el sonido</translation>
        </message>
        <message>
            <source>The video cannot be played: {error}</source>
            <translation>No se puede reproducir el vídeo: {error}</translation>
        </message>
    </context>
    <context>
        <name>PriceEditor</name>
        <message>
            <source>Prices for estimates</source>
            <translation>Precios para las estimaciones</translation>
        </message>
        <message>
            <source>Used until a video of the same resolution and audio
has finished; then what it really cost.
$1 = {credits} credits.</source>
            <translation>Se usan hasta que termine un vídeo con la misma
resolución y audio; después, lo que costó de verdad.
1 $ = {credits} créditos.</translation>
        </message>
        <message>
            <source>With audio</source>
            <translation>Con audio</translation>
        </message>
        <message>
            <source>Silent</source>
            <translation>Sin audio</translation>
        </message>
        <message>
            <source> /s</source>
            <comment>per second, after a price</comment>
            <translation>/s</translation>
        </message>
        <message>
            <source>Dollars per second at {resolution}, with audio</source>
            <translation>Dólares por segundo a {resolution}, con audio</translation>
        </message>
        <message>
            <source>Dollars per second at {resolution}, silent</source>
            <translation>Dólares por segundo a {resolution}, sin audio</translation>
        </message>
        <message>
            <source>Where the prices come from</source>
            <translation>De dónde vienen los precios</translation>
        </message>
        <message>
            <source>When the prices were published</source>
            <translation>Cuándo se publicaron los precios</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Restore the list price</source>
            <translation>Restaurar el precio de lista</translation>
        </message>
        <message>
            <source>{source} list price, {date}</source>
            <translation>Precio de lista de {source}, {date}</translation>
        </message>
    </context>
    <context>
        <name>Remedy</name>
        <message>
            <source>Open settings</source>
            <translation>Abrir la configuración</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Probar la demo</translation>
        </message>
        <message>
            <source>Resume now</source>
            <translation>Reanudar ahora</translation>
        </message>
        <message>
            <source>Choose another</source>
            <translation>Elegir otro</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>veodesk closed unexpectedly last time. Your jobs are safe: unfinished ones continue by themselves. If it happens again, please report it with the diagnostics, which include what went wrong.</source>
            <translation>veodesk se cerró inesperadamente la última vez. Tus trabajos están a salvo: los que no terminaron continúan solos. Si vuelve a ocurrir, infórmanos adjuntando el diagnóstico, que incluye lo que falló.</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Copiar el diagnóstico</translation>
        </message>
        <message>
            <source>Diagnostics copied. They hold no key, no link tokens and no home folder path, so they are safe to paste publicly.</source>
            <translation>Diagnóstico copiado. No contiene ninguna clave, token de enlace ni la ruta de tu carpeta personal, así que se puede pegar en público sin riesgo.</translation>
        </message>
        <message>
            <source>Could not collect diagnostics: {error}</source>
            <translation>No se pudo recopilar el diagnóstico: {error}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Using the key from the AIMLAPI_KEY environment variable ({key}). It overrides any key saved here.</source>
            <translation>Se usa la clave de la variable de entorno AIMLAPI_KEY ({key}). Tiene prioridad sobre cualquier clave guardada aquí.</translation>
        </message>
        <message>
            <source>Saved in the system keychain ({key}).</source>
            <translation>Guardada en el llavero del sistema ({key}).</translation>
        </message>
        <message>
            <source>No system keychain is available, so the key is saved in a file that only your user account can read ({key}). Anyone who can log in as you can read it.</source>
            <translation>No hay ningún llavero del sistema disponible, así que la clave se guarda en un archivo que solo tu cuenta de usuario puede leer ({key}). Cualquiera que pueda iniciar sesión como tú puede leerla.</translation>
        </message>
        <message>
            <source>No key yet. Paste the key from your AI/ML API dashboard.</source>
            <translation>Todavía no hay clave. Pega la clave de tu panel de AI/ML API.</translation>
        </message>
        <message>
            <source>veodesk settings</source>
            <translation>Configuración de veodesk</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <source>Saved key {key} — type to replace</source>
            <translation>Clave guardada {key}: escribe para sustituirla</translation>
        </message>
        <message>
            <source>Paste your API key</source>
            <translation>Pega tu clave de API</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Show the key while typing</source>
            <translation>Mostrar la clave al escribir</translation>
        </message>
        <message>
            <source>Remove saved key</source>
            <translation>Quitar la clave guardada</translation>
        </message>
        <message>
            <source>⚠ {warning}</source>
            <translation>⚠ {warning}</translation>
        </message>
        <message>
            <source>Get a key at &lt;a href="{url}"&gt;{url}&lt;/a&gt;</source>
            <translation>Consigue una clave en &lt;a href="{url}"&gt;{url}&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Carpeta de destino</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Default duration</source>
            <translation>Duración predeterminada</translation>
        </message>
        <message>
            <source>Default resolution</source>
            <translation>Resolución predeterminada</translation>
        </message>
        <message>
            <source>Default aspect ratio</source>
            <translation>Relación de aspecto predeterminada</translation>
        </message>
        <message>
            <source>Default fit</source>
            <translation>Ajuste predeterminado</translation>
        </message>
        <message>
            <source>Jobs that may run at once</source>
            <translation>Trabajos que pueden ejecutarse a la vez</translation>
        </message>
        <message>
            <source>Notify me when a video is ready and the window is in the background</source>
            <translation>Avisarme cuando un vídeo esté listo y la ventana esté en segundo plano</translation>
        </message>
        <message>
            <source>Play each video as soon as it is ready</source>
            <translation>Reproducir cada vídeo en cuanto esté listo</translation>
        </message>
        <message>
            <source>Videos</source>
            <translation>Vídeos</translation>
        </message>
        <message>
            <source>Save videos in</source>
            <translation>Guardar los vídeos en</translation>
        </message>
        <message>
            <source>Jobs at once</source>
            <translation>Trabajos a la vez</translation>
        </message>
        <message>
            <source>Defaults for new videos</source>
            <translation>Valores predeterminados para vídeos nuevos</translation>
        </message>
        <message>
            <source>API base URL</source>
            <translation>URL base de la API</translation>
        </message>
        <message>
            <source>{url} (default)</source>
            <translation>{url} (predeterminada)</translation>
        </message>
        <message>
            <source>CA bundle file</source>
            <translation>Archivo de certificados de CA</translation>
        </message>
        <message>
            <source>the system's certificates (default)</source>
            <translation>los certificados del sistema (predeterminado)</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Avanzado</translation>
        </message>
        <message>
            <source>CA bundle</source>
            <translation>Certificados de CA</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Takes effect when veodesk starts.</source>
            <translation>Se aplica al iniciar veodesk.</translation>
        </message>
        <message>
            <source>The saved key will be removed when you press Save.</source>
            <translation>La clave guardada se quitará al pulsar Guardar.</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>No system keychain was found, so your API key is stored in a file only your user account can read. Anyone who can log in as you can read it.</source>
            <translation>No se encontró ningún llavero del sistema, así que tu clave de API se guarda en un archivo que solo tu cuenta de usuario puede leer. Cualquiera que pueda iniciar sesión como tú puede leerla.</translation>
        </message>
        <message>
            <source>Settings saved. The new language takes effect when veodesk starts again.</source>
            <translation>Configuración guardada. El nuevo idioma se aplicará la próxima vez que se inicie veodesk.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Configuración guardada.</translation>
        </message>
        <message>
            <source>Settings not saved: {error}</source>
            <translation>No se guardó la configuración: {error}</translation>
        </message>
    </context>
    <context>
        <name>Staging</name>
        <message>
            <source>The job history could not be opened: {error}</source>
            <translation>No se pudo abrir el historial de trabajos: {error}</translation>
        </message>
        <message>
            <source>Ready. Add an API key, or try the demo.</source>
            <translation>Listo. Añade una clave de API o prueba la demo.</translation>
        </message>
        <message>
            <source>Welcome to veodesk. To make videos with Veo 3.1 you need an AI/ML API key: create one at {url} and paste it in the settings. Or try the demo first: it renders a sample video on this computer, with no key and no cost.</source>
            <translation>Te damos la bienvenida a veodesk. Para crear vídeos con Veo 3.1 necesitas una clave de AI/ML API: crea una en {url} y pégala en la configuración. O prueba antes la demo: genera un vídeo de ejemplo en este equipo, sin clave y sin coste.</translation>
        </message>
        <message>
            <source>Get a key</source>
            <translation>Conseguir una clave</translation>
        </message>
        <message>
            <source>Open settings</source>
            <translation>Abrir la configuración</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Probar la demo</translation>
        </message>
    </context>
    <context>
        <name>StatusPresenter</name>
        <message>
            <source>Opening the history…</source>
            <translation>Abriendo el historial…</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>Listo.</translation>
        </message>
        <message numerus="yes">
            <source>%n job(s) running</source>
            <translation>
                <numerusform>%n trabajo en curso</numerusform>
                <numerusform>%n trabajos en curso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for a free slot</source>
            <translation>
                <numerusform>%n esperando un hueco libre</numerusform>
                <numerusform>%n esperando un hueco libre</numerusform>
            </translation>
        </message>
    </context>
</TS>
