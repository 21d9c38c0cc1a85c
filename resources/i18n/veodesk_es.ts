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
            <source>Demo ready: press Generate to render the sample locally, or open the Storyboard tab for a three-keyframe film.</source>
            <translation>Demo lista: pulsa Generar para generar el ejemplo localmente, o abre la pestaña Storyboard para una película de tres fotogramas clave.</translation>
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
            <source>job {job}: sent to the API</source>
            <translation>trabajo {job}: enviado a la API</translation>
        </message>
        <message>
            <source>job {job}: {event}</source>
            <translation>trabajo {job}: {event}</translation>
        </message>
        <message>
            <source>Job {job}: {event}</source>
            <translation>Trabajo {job}: {event}</translation>
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
            <source>Single clip or storyboard</source>
            <translation>Clip único o storyboard</translation>
        </message>
        <message>
            <source>Single clip</source>
            <translation>Clip único</translation>
        </message>
        <message>
            <source>Loading the storyboard…</source>
            <translation>Cargando el storyboard…</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>Storyboard</translation>
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
            <source>&amp;New storyboard</source>
            <translation>&amp;Nuevo storyboard</translation>
        </message>
        <message>
            <source>Open story&amp;board…</source>
            <translation>Abrir story&amp;board…</translation>
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
            <source>Ask before a storyboard run that costs more than</source>
            <translation>Preguntar antes de una generación del storyboard que cueste más de</translation>
        </message>
        <message>
            <source>Generate all and several takes at once ask first when their expected cost is higher than this (0 asks every time)</source>
            <translation>«Generar todo» y varias tomas a la vez preguntan antes si su coste previsto supera esta cantidad (con 0 se pregunta siempre)</translation>
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
            <source>Ask before a storyboard run above</source>
            <translation>Preguntar si el storyboard cuesta más de</translation>
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
    <context>
        <name>Storyboard</name>
        <message>
            <source>Keyframe {number}</source>
            <translation>Fotograma clave {number}</translation>
        </message>
        <message>
            <source>missing — relink</source>
            <translation>no encontrada — revincular</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Move keyframe {number} left</source>
            <translation>Mover el fotograma clave {number} a la izquierda</translation>
        </message>
        <message>
            <source>Move keyframe {number} right</source>
            <translation>Mover el fotograma clave {number} a la derecha</translation>
        </message>
        <message>
            <source>Relink…</source>
            <translation>Revincular…</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>Sustituir…</translation>
        </message>
        <message>
            <source>Replace the picture of keyframe {number}</source>
            <translation>Sustituir la imagen del fotograma clave {number}</translation>
        </message>
        <message>
            <source>Delete keyframe {number}</source>
            <translation>Eliminar el fotograma clave {number}</translation>
        </message>
        <message>
            <source>Drag to move this keyframe; drop pictures here to insert them after it.</source>
            <translation>Arrastra para mover este fotograma clave; suelta imágenes aquí para insertarlas detrás de él.</translation>
        </message>
        <message>
            <source>Unreadable picture</source>
            <translation>Imagen ilegible</translation>
        </message>
        <message>
            <source>Wait for the storyboard's run to end, or stop it, first.</source>
            <translation>Primero espera a que termine la generación del storyboard o detenla.</translation>
        </message>
        <message>
            <source>Opened {path}.</source>
            <translation>Se abrió {path}.</translation>
        </message>
        <message>
            <source>The storyboard could not be saved: {error}</source>
            <translation>No se pudo guardar el storyboard: {error}</translation>
        </message>
        <message>
            <source>Choose keyframes</source>
            <translation>Elegir fotogramas clave</translation>
        </message>
        <message>
            <source>Choose keyframes to insert</source>
            <translation>Elegir fotogramas clave para insertar</translation>
        </message>
        <message>
            <source>Choose the picture of keyframe {number}</source>
            <translation>Elegir la imagen del fotograma clave {number}</translation>
        </message>
        <message>
            <source>A storyboard keeps its pictures in its folder: save the web picture, then drop the file.</source>
            <translation>Un storyboard guarda sus imágenes en su carpeta: guarda la imagen de la web y luego suelta el archivo.</translation>
        </message>
        <message>
            <source>Every segment needs a finished take before the film plays.</source>
            <translation>Cada segmento necesita una toma terminada para poder reproducir la película.</translation>
        </message>
        <message>
            <source>Segment {number}: {prompt}</source>
            <translation>Segmento {number}: {prompt}</translation>
        </message>
        <message>
            <source>{film}, segment {number}</source>
            <translation>{film}, segmento {number}</translation>
        </message>
        <message>
            <source>Take {number} (job {job})</source>
            <translation>Toma {number} (trabajo {job})</translation>
        </message>
        <message>
            <source>To generate</source>
            <translation>Por generar</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>En curso…</translation>
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
            <source>Check the dashboard</source>
            <translation>Revisa el panel</translation>
        </message>
        <message>
            <source>Segment {number}: keyframe {first} to {last}</source>
            <translation>Segmento {number}: del fotograma clave {first} al {last}</translation>
        </message>
        <message>
            <source>No take yet</source>
            <translation>Aún no hay toma</translation>
        </message>
        <message>
            <source>Prompt of segment {number}</source>
            <translation>Prompt del segmento {number}</translation>
        </message>
        <message>
            <source>What happens between keyframe {first} and keyframe {last}</source>
            <translation>Lo que ocurre entre el fotograma clave {first} y el {last}</translation>
        </message>
        <message>
            <source>Duration of segment {number}</source>
            <translation>Duración del segmento {number}</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>Audio of segment {number}</source>
            <translation>Audio del segmento {number}</translation>
        </message>
        <message>
            <source>Film's audio</source>
            <translation>Audio de la película</translation>
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
            <source>Chosen take of segment {number}</source>
            <translation>Toma elegida del segmento {number}</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Play the take of segment {number}</source>
            <translation>Reproducir la toma del segmento {number}</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Generar</translation>
        </message>
        <message>
            <source>Generate segment {number}</source>
            <translation>Generar el segmento {number}</translation>
        </message>
        <message>
            <source>Takes: </source>
            <translation>Tomas: </translation>
        </message>
        <message>
            <source>Takes to generate for segment {number}</source>
            <translation>Tomas que generar para el segmento {number}</translation>
        </message>
        <message>
            <source>Generate several takes at once, then choose the best</source>
            <translation>Generar varias tomas a la vez y luego elegir la mejor</translation>
        </message>
        <message>
            <source>+ Keyframe</source>
            <translation>+ Fotograma clave</translation>
        </message>
        <message>
            <source>Insert a keyframe inside segment {number}</source>
            <translation>Insertar un fotograma clave dentro del segmento {number}</translation>
        </message>
        <message>
            <source>Too long</source>
            <translation>Demasiado largo</translation>
        </message>
        <message>
            <source>Segment {number}: {state}</source>
            <translation>Segmento {number}: {state}</translation>
        </message>
        <message>
            <source>No takes yet</source>
            <translation>Aún no hay tomas</translation>
        </message>
        <message>
            <source>No API key yet: save one in Settings, or try the demo, then generate.</source>
            <translation>Todavía no hay clave de API: guarda una en la configuración o prueba la demo, y luego genera.</translation>
        </message>
        <message>
            <source>Checking the pictures and prompts…</source>
            <translation>Comprobando las imágenes y los prompts…</translation>
        </message>
        <message>
            <source>Nothing to send: every segment is done.</source>
            <translation>Nada que enviar: todos los segmentos están hechos.</translation>
        </message>
        <message>
            <source>Tasks to send: {count}, about {cost}. Send them?</source>
            <translation>Tareas por enviar: {count}, unos {cost}. ¿Enviarlas?</translation>
        </message>
        <message>
            <source>Each task is a paid generation on the AI/ML API. You are asked because the cost is above {threshold}, the amount set in Settings.</source>
            <translation>Cada tarea es una generación de pago en AI/ML API. Se te pregunta porque el coste supera {threshold}, la cantidad fijada en la configuración.</translation>
        </message>
        <message>
            <source>This is more than your balance of {balance}. You can still send (the balance may lag behind), but tasks may fail.</source>
            <translation>Esto supera tu saldo de {balance}. Puedes enviarlas igualmente (el saldo puede ir con retraso), pero algunas tareas podrían fallar.</translation>
        </message>
        <message>
            <source>Send the storyboard's tasks?</source>
            <translation>¿Enviar las tareas del storyboard?</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>No se envió nada.</translation>
        </message>
        <message>
            <source>Sending tasks: {count}, about {cost}…</source>
            <translation>Enviando tareas: {count}, unos {cost}…</translation>
        </message>
        <message>
            <source>Segment {number}: {message}</source>
            <translation>Segmento {number}: {message}</translation>
        </message>
        <message>
            <source>Segments {segments} did not finish; the finished takes are kept and the next run sends only what is left. {reason}</source>
            <translation>Los segmentos {segments} no terminaron; las tomas terminadas se conservan y la próxima vez solo se envía lo que falta. {reason}</translation>
        </message>
        <message>
            <source>Takes finished: {count}.</source>
            <translation>Tomas terminadas: {count}.</translation>
        </message>
        <message>
            <source>Joining the takes into {path}…</source>
            <translation>Uniendo las tomas en {path}…</translation>
        </message>
        <message>
            <source>The film is ready: {path}</source>
            <translation>La película está lista: {path}</translation>
        </message>
        <message>
            <source>Stopped. Tasks already sent keep running on the server; Generate all fetches them without sending them again.</source>
            <translation>Detenido. Las tareas ya enviadas siguen ejecutándose en el servidor; «Generar todo» las recupera sin volver a enviarlas.</translation>
        </message>
        <message>
            <source>Add at least two keyframes: each pair makes one segment.</source>
            <translation>Añade al menos dos fotogramas clave: cada par forma un segmento.</translation>
        </message>
        <message>
            <source>Segments: {count}, {seconds} s of film.</source>
            <translation>Segmentos: {count}, {seconds} s de película.</translation>
        </message>
        <message>
            <source>{length} Relink the missing pictures before generating.</source>
            <translation>{length} Revincula las imágenes que faltan antes de generar.</translation>
        </message>
        <message>
            <source>{length} Every segment is done.</source>
            <translation>{length} Todos los segmentos están hechos.</translation>
        </message>
        <message>
            <source>{length} Tasks to send: {count}, about {cost}, {source}.</source>
            <translation>{length} Tareas por enviar: {count}, unos {cost}, {source}.</translation>
        </message>
        <message>
            <source>No storyboard open</source>
            <translation>Ningún storyboard abierto</translation>
        </message>
        <message>
            <source>New storyboard</source>
            <translation>Nuevo storyboard</translation>
        </message>
        <message>
            <source>Start a new storyboard in your videos folder</source>
            <translation>Empezar un storyboard nuevo en tu carpeta de vídeos</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Open a storyboard project (.veoboard)</source>
            <translation>Abrir un proyecto de storyboard (.veoboard)</translation>
        </message>
        <message>
            <source>Show folder</source>
            <translation>Mostrar la carpeta</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <source>Project: new, open, folder</source>
            <translation>Proyecto: nuevo, abrir, carpeta</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Resolution of the film</source>
            <translation>Resolución de la película</translation>
        </message>
        <message>
            <source>Aspect ratio of the film</source>
            <translation>Relación de aspecto de la película</translation>
        </message>
        <message>
            <source>How pictures fit the frame</source>
            <translation>Cómo se ajustan las imágenes al encuadre</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <source>Style, added to every prompt</source>
            <translation>Estilo, añadido a cada prompt</translation>
        </message>
        <message>
            <source>Style added to every prompt (optional)</source>
            <translation>Estilo añadido a cada prompt (opcional)</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>Estilo</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <source>Aspect</source>
            <translation>Aspecto</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <source>Add keyframes…</source>
            <translation>Añadir fotogramas clave…</translation>
        </message>
        <message>
            <source>Add pictures at the end; several at once are added in file-name order</source>
            <translation>Añadir imágenes al final; si son varias, se añaden por orden de nombre de archivo</translation>
        </message>
        <message>
            <source>Drop two or more pictures here, or press Add keyframes…, to start a storyboard. Each pair of keyframes becomes one segment of the film.</source>
            <translation>Suelta aquí dos o más imágenes, o pulsa «Añadir fotogramas clave…», para empezar un storyboard. Cada par de fotogramas clave se convierte en un segmento de la película.</translation>
        </message>
        <message>
            <source>Generate all</source>
            <translation>Generar todo</translation>
        </message>
        <message>
            <source>Send only the segments that are not done</source>
            <translation>Enviar solo los segmentos que no están hechos</translation>
        </message>
        <message>
            <source>Render film</source>
            <translation>Crear la película</translation>
        </message>
        <message>
            <source>Generate what is left, then join the chosen takes into one film</source>
            <translation>Generar lo que falta y luego unir las tomas elegidas en una película</translation>
        </message>
        <message>
            <source>Play film</source>
            <translation>Reproducir la película</translation>
        </message>
        <message>
            <source>Play the chosen takes back to back</source>
            <translation>Reproducir las tomas elegidas una tras otra</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop waiting; tasks already sent keep running and are fetched later</source>
            <translation>Dejar de esperar; las tareas ya enviadas siguen ejecutándose y se recuperan más tarde</translation>
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
            <translation>La API respondió con algo que no es una tarea de generación ({reason}). Suele ser temporal; inténtalo de nuevo en breve.</translation>
        </message>
        <message>
            <source>The billing service redirected to another site ({url}); veodesk does not follow it because your key would go with it. Check the URL in the settings.</source>
            <translation>El servicio de facturación redirigió a otro sitio ({url}); veodesk no sigue la redirección porque tu clave iría con ella. Comprueba la URL en la configuración.</translation>
        </message>
        <message>
            <source>The API redirected to another site ({url}); veodesk does not follow it because your key would go with it. Check the URL in the settings.</source>
            <translation>La API redirigió a otro sitio ({url}); veodesk no sigue la redirección porque tu clave iría con ella. Comprueba la URL en la configuración.</translation>
        </message>
        <message>
            <source>The billing service answered with something that is not JSON (HTTP {status}). This is usually temporary; try again shortly.</source>
            <translation>El servicio de facturación respondió con algo que no es JSON (HTTP {status}). Suele ser temporal; inténtalo de nuevo en breve.</translation>
        </message>
        <message>
            <source>The API answered with something that is not JSON (HTTP {status}). This is usually temporary; try again shortly.</source>
            <translation>La API respondió con algo que no es JSON (HTTP {status}). Suele ser temporal; inténtalo de nuevo en breve.</translation>
        </message>
        <message>
            <source>The billing service redirected too many times. Check the URL in the settings.</source>
            <translation>El servicio de facturación redirigió demasiadas veces. Comprueba la URL en la configuración.</translation>
        </message>
        <message>
            <source>The API redirected too many times. Check the URL in the settings.</source>
            <translation>La API redirigió demasiadas veces. Comprueba la URL en la configuración.</translation>
        </message>
        <message>
            <source>The API rejected your key (HTTP {status}). Check the key in the settings or the AIMLAPI_KEY variable, and that your account has credits. The server said: {server}</source>
            <translation>La API rechazó tu clave (HTTP {status}). Comprueba la clave en la configuración o en la variable AIMLAPI_KEY, y que tu cuenta tenga créditos. El servidor dijo: {server}</translation>
        </message>
        <message>
            <source>The API rejected your key (HTTP {status}). Check the key in the settings or the AIMLAPI_KEY variable, and that your account has credits.</source>
            <translation>La API rechazó tu clave (HTTP {status}). Comprueba la clave en la configuración o en la variable AIMLAPI_KEY, y que tu cuenta tenga créditos.</translation>
        </message>
        <message>
            <source>The API does not know this generation (HTTP 404). Check the id. The server said: {server}</source>
            <translation>La API no conoce esta generación (HTTP 404). Comprueba el ID. El servidor dijo: {server}</translation>
        </message>
        <message>
            <source>The API does not know this generation (HTTP 404). Check the id.</source>
            <translation>La API no conoce esta generación (HTTP 404). Comprueba el ID.</translation>
        </message>
        <message>
            <source>The API is rate limiting requests (HTTP 429). Wait a moment and try again. The server said: {server}</source>
            <translation>La API está limitando las solicitudes (HTTP 429). Espera un momento e inténtalo de nuevo. El servidor dijo: {server}</translation>
        </message>
        <message>
            <source>The API is rate limiting requests (HTTP 429). Wait a moment and try again.</source>
            <translation>La API está limitando las solicitudes (HTTP 429). Espera un momento e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The API did not accept the request (HTTP {status}). The server said: {server}</source>
            <translation>La API no aceptó la solicitud (HTTP {status}). El servidor dijo: {server}</translation>
        </message>
        <message>
            <source>The API did not accept the request (HTTP {status}). Check the inputs.</source>
            <translation>La API no aceptó la solicitud (HTTP {status}). Revisa los datos enviados.</translation>
        </message>
        <message>
            <source>The API had a problem (HTTP {status}). This is usually temporary; try again in a few minutes. The server said: {server}</source>
            <translation>La API tuvo un problema (HTTP {status}). Suele ser temporal; inténtalo de nuevo dentro de unos minutos. El servidor dijo: {server}</translation>
        </message>
        <message>
            <source>The API had a problem (HTTP {status}). This is usually temporary; try again in a few minutes.</source>
            <translation>La API tuvo un problema (HTTP {status}). Suele ser temporal; inténtalo de nuevo dentro de unos minutos.</translation>
        </message>
        <message>
            <source>updated just now</source>
            <translation>actualizado ahora mismo</translation>
        </message>
        <message>
            <source>updated {minutes} min ago</source>
            <translation>actualizado hace {minutes} min</translation>
        </message>
        <message>
            <source>updated {hours} h ago</source>
            <translation>actualizado hace {hours} h</translation>
        </message>
        <message>
            <source>updated {days} days ago</source>
            <translation>actualizado hace {days} días</translation>
        </message>
        <message>
            <source>'{name}' is missing</source>
            <translation>falta '{name}'</translation>
        </message>
        <message>
            <source>'{name}' is not a number</source>
            <translation>'{name}' no es un número</translation>
        </message>
        <message>
            <source>'{name}' is out of range</source>
            <translation>'{name}' está fuera de rango</translation>
        </message>
        <message>
            <source>the answer is not an object</source>
            <translation>la respuesta no es un objeto</translation>
        </message>
        <message>
            <source>'{name}' is not true or false</source>
            <translation>'{name}' no es true ni false</translation>
        </message>
        <message>
            <source>'{name}' is not a date</source>
            <translation>'{name}' no es una fecha</translation>
        </message>
        <message>
            <source>The billing service rejected your key (HTTP {status}), so the balance is unknown. Check the key in the settings or the AIMLAPI_KEY variable. The server said: {server}</source>
            <translation>El servicio de facturación rechazó tu clave (HTTP {status}), así que no se conoce el saldo. Comprueba la clave en la configuración o en la variable AIMLAPI_KEY. El servidor dijo: {server}</translation>
        </message>
        <message>
            <source>The billing service rejected your key (HTTP {status}), so the balance is unknown. Check the key in the settings or the AIMLAPI_KEY variable.</source>
            <translation>El servicio de facturación rechazó tu clave (HTTP {status}), así que no se conoce el saldo. Comprueba la clave en la configuración o en la variable AIMLAPI_KEY.</translation>
        </message>
        <message>
            <source>The billing service is rate limiting requests (HTTP 429); the balance will be read again later. The server said: {server}</source>
            <translation>El servicio de facturación está limitando las solicitudes (HTTP 429); el saldo se volverá a leer más tarde. El servidor dijo: {server}</translation>
        </message>
        <message>
            <source>The billing service is rate limiting requests (HTTP 429); the balance will be read again later.</source>
            <translation>El servicio de facturación está limitando las solicitudes (HTTP 429); el saldo se volverá a leer más tarde.</translation>
        </message>
        <message>
            <source>The billing service could not give the balance (HTTP {status}). This is usually temporary; try again later. The server said: {server}</source>
            <translation>El servicio de facturación no pudo dar el saldo (HTTP {status}). Suele ser temporal; inténtalo de nuevo más tarde. El servidor dijo: {server}</translation>
        </message>
        <message>
            <source>The billing service could not give the balance (HTTP {status}). This is usually temporary; try again later.</source>
            <translation>El servicio de facturación no pudo dar el saldo (HTTP {status}). Suele ser temporal; inténtalo de nuevo más tarde.</translation>
        </message>
        <message>
            <source>The billing service answered with something that is not a balance ({reason}). The balance is unknown for now.</source>
            <translation>El servicio de facturación respondió con algo que no es un saldo ({reason}). Por ahora no se conoce el saldo.</translation>
        </message>
        <message>
            <source>Downloading the video failed: {reason} The video is kept on the server for a while; resume the job to try again.</source>
            <translation>La descarga del vídeo falló: {reason} El vídeo se conserva en el servidor durante un tiempo; reanuda el trabajo para volver a intentarlo.</translation>
        </message>
        <message>
            <source>Download stopped. Resume the job to finish it.</source>
            <translation>Descarga detenida. Reanuda el trabajo para terminarla.</translation>
        </message>
        <message>
            <source>the partial download no longer matches; starting again</source>
            <translation>la descarga parcial ya no coincide; se empieza de nuevo</translation>
        </message>
        <message>
            <source>the video host answered HTTP {status}</source>
            <translation>el servidor del vídeo respondió HTTP {status}</translation>
        </message>
        <message>
            <source>The video host refused the download (HTTP {status}). The link may have expired; check the job's status again to get a fresh one.</source>
            <translation>El servidor del vídeo rechazó la descarga (HTTP {status}). Puede que el enlace haya caducado; vuelve a comprobar el estado del trabajo para obtener uno nuevo.</translation>
        </message>
        <message>
            <source>The video is {size} bytes, more than the {limit}-byte limit.</source>
            <translation>El vídeo ocupa {size} bytes, más que el límite de {limit} bytes.</translation>
        </message>
        <message>
            <source>The video is larger than the {limit}-byte limit.</source>
            <translation>El vídeo supera el límite de {limit} bytes.</translation>
        </message>
        <message>
            <source>the connection broke after {done} bytes</source>
            <translation>la conexión se cortó tras {done} bytes</translation>
        </message>
        <message>
            <source>the connection broke after {done} of {size} bytes</source>
            <translation>la conexión se cortó tras {done} de {size} bytes</translation>
        </message>
        <message>
            <source>What {url} sent is not an MP4 video; nothing was saved.</source>
            <translation>Lo que envió {url} no es un vídeo MP4; no se guardó nada.</translation>
        </message>
        <message>
            <source>No API key. Set the AIMLAPI_KEY environment variable or save a key in the app's settings. Get a key at {url}.</source>
            <translation>No hay clave de API. Define la variable de entorno AIMLAPI_KEY o guarda una clave en la configuración de la aplicación. Consigue una clave en {url}.</translation>
        </message>
        <message>
            <source>preparing</source>
            <translation>preparando</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>listo</translation>
        </message>
        <message>
            <source>submitting</source>
            <translation>enviando</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>en cola</translation>
        </message>
        <message>
            <source>generating</source>
            <translation>generando</translation>
        </message>
        <message>
            <source>downloading</source>
            <translation>descargando</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fallido</translation>
        </message>
        <message>
            <source>needs_attention</source>
            <translation>requiere atención</translation>
        </message>
        <message>
            <source>server: {status}</source>
            <translation>servidor: {status}</translation>
        </message>
        <message>
            <source>The join failed (exit code {code}); no film was written.</source>
            <translation>La unión falló (código de salida {code}); no se escribió ninguna película.</translation>
        </message>
        <message>
            <source>The join was stopped; no film was written.</source>
            <translation>La unión se detuvo; no se escribió ninguna película.</translation>
        </message>
        <message>
            <source>The join's result could not be read ({reason}).</source>
            <translation>No se pudo leer el resultado de la unión ({reason}).</translation>
        </message>
        <message>
            <source>Job {job} is {state} and has no video to join.</source>
            <translation>El trabajo {job} está en estado «{state}» y no tiene ningún vídeo que unir.</translation>
        </message>
        <message>
            <source>Job {job}'s video {path} is missing (moved or deleted).</source>
            <translation>Falta el vídeo {path} del trabajo {job} (se movió o se eliminó).</translation>
        </message>
        <message>
            <source>Give at least two clips to join.</source>
            <translation>Indica al menos dos clips para unir.</translation>
        </message>
        <message>
            <source>--output {path} must end in .mp4.</source>
            <translation>--output {path} debe terminar en .mp4.</translation>
        </message>
        <message>
            <source>--timeline {path} must end in .otio, .xml (Final Cut Pro 7 XML) or .edl (CMX 3600).</source>
            <translation>--timeline {path} debe terminar en .otio, .xml (Final Cut Pro 7 XML) o .edl (CMX 3600).</translation>
        </message>
        <message>
            <source>{path} is one of the clips; choose another --output.</source>
            <translation>{path} es uno de los clips; elige otro --output.</translation>
        </message>
        <message>
            <source>{clips} clips need {needed} keyframes, not {given}.</source>
            <translation>{clips} clips necesitan {needed} fotogramas clave, no {given}.</translation>
        </message>
        <message>
            <source>{option} {path}: the folder {folder} does not exist.</source>
            <translation>{option} {path}: la carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>{option} {path} is a folder; give a file name.</source>
            <translation>{option} {path} es una carpeta; indica un nombre de archivo.</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it, or choose another name.</source>
            <translation>{path} ya existe; añade --force para sustituirlo o elige otro nombre.</translation>
        </message>
        <message>
            <source>{path}: {frames} frames is too short for {transition} (needs {need}).</source>
            <translation>{path}: {frames} fotogramas son muy pocos para {transition} (hacen falta {need}).</translation>
        </message>
        <message>
            <source>No output file given.</source>
            <translation>No se indicó ningún archivo de salida.</translation>
        </message>
        <message>
            <source>{path} appeared while the film was being made; it was kept. Add --force to replace it.</source>
            <translation>{path} apareció mientras se creaba la película; se ha conservado. Añade --force para sustituirlo.</translation>
        </message>
        <message>
            <source>{path}: cannot be opened ({reason}).</source>
            <translation>{path}: no se puede abrir ({reason}).</translation>
        </message>
        <message>
            <source>{path}: no frame could be decoded.</source>
            <translation>{path}: no se pudo decodificar ningún fotograma.</translation>
        </message>
        <message>
            <source>{path}: too short for {transition}.</source>
            <translation>{path}: demasiado corto para {transition}.</translation>
        </message>
        <message>
            <source>{path}: damaged, cannot be read ({reason}).</source>
            <translation>{path}: está dañado y no se puede leer ({reason}).</translation>
        </message>
        <message>
            <source>{path}: damaged, cannot be decoded ({reason}).</source>
            <translation>{path}: está dañado y no se puede decodificar ({reason}).</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk is full. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>No se puede escribir {path}: el disco está lleno. No se guardó nada; libera espacio o elige otra carpeta y vuelve a unir los clips.</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk quota is used up. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>No se puede escribir {path}: la cuota de disco está agotada. No se guardó nada; libera espacio o elige otra carpeta y vuelve a unir los clips.</translation>
        </message>
        <message>
            <source>Cannot write {path}: the file is larger than this disk or account allows. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>No se puede escribir {path}: el archivo es más grande de lo que permiten este disco o esta cuenta. No se guardó nada; libera espacio o elige otra carpeta y vuelve a unir los clips.</translation>
        </message>
        <message>
            <source>Cannot write {path}: permission denied. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>No se puede escribir {path}: permiso denegado. No se guardó nada; libera espacio o elige otra carpeta y vuelve a unir los clips.</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk is read-only. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>No se puede escribir {path}: el disco es de solo lectura. No se guardó nada; libera espacio o elige otra carpeta y vuelve a unir los clips.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>No se puede escribir {path}: {reason}. No se guardó nada; libera espacio o elige otra carpeta y vuelve a unir los clips.</translation>
        </message>
        <message>
            <source>Unknown transition {text}: use cut, crossfade or crossfade:FRAMES (FRAMES from {least} to {most}).</source>
            <translation>Transición desconocida {text}: usa cut, crossfade o crossfade:FRAMES (FRAMES de {least} a {most}).</translation>
        </message>
        <message>
            <source>A cut takes no frame count.</source>
            <translation>Un corte no lleva número de fotogramas.</translation>
        </message>
        <message>
            <source>A crossfade of {frames} frames is out of range: use {least} to {most}.</source>
            <translation>Un fundido encadenado de {frames} fotogramas está fuera de rango: usa de {least} a {most}.</translation>
        </message>
        <message>
            <source>--mute-clips needs --music: a film with muted clips and no music is silent.</source>
            <translation>--mute-clips necesita --music: una película con los clips silenciados y sin música no tiene sonido.</translation>
        </message>
        <message>
            <source>A fade of {seconds} s is out of range: use 0 to 10 seconds.</source>
            <translation>Un fundido de {seconds} s está fuera de rango: usa de 0 a 10 segundos.</translation>
        </message>
        <message>
            <source>Music {path}: no such file.</source>
            <translation>Música {path}: el archivo no existe.</translation>
        </message>
        <message>
            <source>Music {path}: not a sound file FFmpeg can read. Use MP3, WAV, FLAC or AAC.</source>
            <translation>Música {path}: no es un archivo de sonido que FFmpeg pueda leer. Usa MP3, WAV, FLAC o AAC.</translation>
        </message>
        <message>
            <source>Music {path}: has no sound.</source>
            <translation>Música {path}: no tiene sonido.</translation>
        </message>
        <message>
            <source>Music {path}: damaged, cannot be decoded ({reason}).</source>
            <translation>Música {path}: el archivo está dañado y no se puede decodificar ({reason}).</translation>
        </message>
        <message>
            <source>{path}: no picture could be decoded.</source>
            <translation>{path}: no se pudo decodificar ninguna imagen.</translation>
        </message>
        <message>
            <source>{path}: no such file.</source>
            <translation>{path}: el archivo no existe.</translation>
        </message>
        <message>
            <source>{path}: not a video FFmpeg can read ({reason}). Use an MP4 clip.</source>
            <translation>{path}: no es un vídeo que FFmpeg pueda leer ({reason}). Usa un clip MP4.</translation>
        </message>
        <message>
            <source>{path}: has no video stream.</source>
            <translation>{path}: no tiene flujo de vídeo.</translation>
        </message>
        <message>
            <source>{path}: the video has no picture size.</source>
            <translation>{path}: el vídeo no tiene tamaño de imagen.</translation>
        </message>
        <message>
            <source>{path}: the video has no frame rate.</source>
            <translation>{path}: el vídeo no tiene velocidad de fotogramas.</translation>
        </message>
        <message>
            <source>{path}: damaged ({reason}).</source>
            <translation>{path}: está dañado ({reason}).</translation>
        </message>
        <message>
            <source>{path}: the video has no frames.</source>
            <translation>{path}: el vídeo no tiene fotogramas.</translation>
        </message>
        <message>
            <source>--timeline {path}: Final Cut Pro XML and EDL need a standard frame rate (23.976, 24, 25, 29.97, 30, 50, 60 ...), and this film is at {fps} fps. Use a .otio timeline instead.</source>
            <translation>--timeline {path}: Final Cut Pro XML y EDL necesitan una velocidad de fotogramas estándar (23.976, 24, 25, 29.97, 30, 50, 60...), y esta película va a {fps} fps. Usa en su lugar una línea de tiempo .otio.</translation>
        </message>
        <message>
            <source>{path}: use .otio, .xml or .edl.</source>
            <translation>{path}: usa .otio, .xml o .edl.</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it.</source>
            <translation>{path} ya existe; añade --force para sustituirlo.</translation>
        </message>
        <message>
            <source>Could not set up a secure connection to {url}. Check the date and time of this computer, and any proxy or CA setting.</source>
            <translation>No se pudo establecer una conexión segura con {url}. Comprueba la fecha y la hora de este equipo, y cualquier ajuste de proxy o de CA.</translation>
        </message>
        <message>
            <source>{url} did not answer in time. Check your connection and try again.</source>
            <translation>{url} no respondió a tiempo. Comprueba tu conexión e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The connection to {url} broke before an answer arrived. Check your connection and try again.</source>
            <translation>La conexión con {url} se cortó antes de recibir respuesta. Comprueba tu conexión e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>Could not connect to {url}. Check your internet connection (and the API base URL in the settings).</source>
            <translation>No se pudo conectar con {url}. Comprueba tu conexión a internet (y la URL base de la API en la configuración).</translation>
        </message>
        <message>
            <source>The answer from {url} is larger than {limit} bytes; refusing to read it.</source>
            <translation>La respuesta de {url} ocupa más de {limit} bytes; no se leerá.</translation>
        </message>
        <message>
            <source>The connection to {url} broke while reading the answer. Try again.</source>
            <translation>La conexión con {url} se cortó mientras se leía la respuesta. Inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} o {second}</translation>
        </message>
        <message>
            <source>{others}, {before_last} or {last}</source>
            <translation>{others}, {before_last} o {last}</translation>
        </message>
        <message>
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <source>its embedded colour profile could not be used, so colours may shift a little</source>
            <translation>no se pudo usar su perfil de color incrustado, así que los colores pueden variar un poco</translation>
        </message>
        <message>
            <source>Resolution {value} is not offered; choose {choices}.</source>
            <translation>La resolución {value} no está disponible; elige {choices}.</translation>
        </message>
        <message>
            <source>Aspect ratio {value} is not offered; choose {choices}.</source>
            <translation>La relación de aspecto {value} no está disponible; elige {choices}.</translation>
        </message>
        <message>
            <source>Fit {value} is not offered; choose {choices}.</source>
            <translation>El ajuste {value} no está disponible; elige {choices}.</translation>
        </message>
        <message>
            <source>Crop anchor {value} must be two numbers between 0 and 1.</source>
            <translation>El anclaje del recorte {value} debe ser dos números entre 0 y 1.</translation>
        </message>
        <message>
            <source>Aspect ratio {value} has no frame size; choose {choices}.</source>
            <translation>La relación de aspecto {value} no tiene tamaño de fotograma; elige {choices}.</translation>
        </message>
        <message>
            <source>{frame}: {warning}.</source>
            <translation>{frame}: {warning}.</translation>
        </message>
        <message>
            <source>{frame} is only {width}×{height} pixels; below {min_side} pixels on its short side it will look soft in the video.</source>
            <translation>{frame} solo tiene {width}×{height} píxeles; con menos de {min_side} píxeles en el lado corto perderá nitidez en el vídeo.</translation>
        </message>
        <message>
            <source>{frame}: the part kept by the {aspect_ratio} crop is only {width}×{height} pixels, so it will look soft in the video. Choose a larger picture, or the pad fit to keep all of it.</source>
            <translation>{frame}: la parte que conserva el recorte {aspect_ratio} solo tiene {width}×{height} píxeles, así que se verá borrosa en el vídeo. Elige una imagen más grande, o el ajuste con bordes para conservarla entera.</translation>
        </message>
        <message>
            <source>{frame} is {ratio} and is sent as it is, but the video is {aspect_ratio}; the service may crop or stretch it. Choose the crop or pad fit to decide yourself.</source>
            <translation>{frame} es {ratio} y se envía tal cual, pero el vídeo es {aspect_ratio}; el servicio puede recortar o estirar la imagen. Elige el ajuste de recorte o con bordes para decidirlo tú.</translation>
        </message>
        <message>
            <source>The first and last frames are the same picture, so the video starts and ends on the same frame. That suits a loop; otherwise choose a different last frame.</source>
            <translation>El primer y el último fotograma son la misma imagen, así que el vídeo empieza y termina en el mismo fotograma. Eso sirve para un bucle; si no, elige otro último fotograma.</translation>
        </message>
        <message>
            <source>The first and last frames have different shapes ({first} and {last}); each is fitted on its own, so the framing may jump.</source>
            <translation>El primer y el último fotograma tienen formas distintas ({first} y {last}); cada uno se ajusta por separado, así que el encuadre puede saltar.</translation>
        </message>
        <message>
            <source>The first and last frames differ a lot in size ({first_width}×{first_height} and {last_width}×{last_height}); the smaller one will look softer.</source>
            <translation>El primer y el último fotograma tienen tamaños muy distintos ({first_width}×{first_height} y {last_width}×{last_height}); el más pequeño se verá menos nítido.</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>Primer fotograma</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>Último fotograma</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>No first frame was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>No se eligió ningún primer fotograma. Elige un archivo JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC o AVIF.</translation>
        </message>
        <message>
            <source>No last frame was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>No se eligió ningún último fotograma. Elige un archivo JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC o AVIF.</translation>
        </message>
        <message>
            <source>No image was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>No se eligió ninguna imagen. Elige un archivo JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC o AVIF.</translation>
        </message>
        <message>
            <source>No {frame} was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>No se eligió {frame}. Elige un archivo JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC o AVIF.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a {scheme}: address, which veodesk does not send. Choose a file on this computer, or give an http(s) URL.</source>
            <translation>{frame} "{path}" es una dirección {scheme}:, que veodesk no envía. Elige un archivo de este equipo o indica una URL http(s).</translation>
        </message>
        <message>
            <source>{frame} "{path}" does not exist. Check the path, or choose the file again.</source>
            <translation>{frame} "{path}" no existe. Comprueba la ruta o vuelve a elegir el archivo.</translation>
        </message>
        <message>
            <source>{frame} "{path}" cannot be read ({reason}). Choose another file.</source>
            <translation>{frame} "{path}" no se puede leer ({reason}). Elige otro archivo.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a folder, not an image. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>{frame} "{path}" es una carpeta, no una imagen. Elige un archivo JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC o AVIF.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is not a regular file. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>{frame} "{path}" no es un archivo normal. Elige un archivo JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC o AVIF.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is empty (0 bytes). Export or download the picture again.</source>
            <translation>{frame} "{path}": el archivo está vacío (0 bytes). Vuelve a exportar o descargar la imagen.</translation>
        </message>
        <message>
            <source>{frame} "{path}" cannot be read: permission denied. Check the file's permissions, or copy it to a folder of yours and choose the copy.</source>
            <translation>{frame} "{path}" no se puede leer: permiso denegado. Comprueba los permisos del archivo, o cópialo a una carpeta tuya y elige la copia.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a HEIC/HEIF picture, which needs an optional plugin. Install it with: {command}, or save the picture as JPEG.</source>
            <translation>{frame} "{path}" es una imagen HEIC/HEIF, que necesita un complemento opcional. Instálalo con: {command}, o guarda la imagen como JPEG.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is an AVIF picture, and this installation of Pillow cannot read AVIF. Install a Pillow with AVIF support ({command}), or save the picture as JPEG.</source>
            <translation>{frame} "{path}" es una imagen AVIF, y esta instalación de Pillow no puede leer AVIF. Instala un Pillow compatible con AVIF ({command}) o guarda la imagen como JPEG.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is not an image veodesk can read. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>{frame} "{path}" no es una imagen que veodesk pueda leer. Elige un archivo JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC o AVIF.</translation>
        </message>
        <message>
            <source>{frame} "{path}" disappeared while it was being read. Choose the file again.</source>
            <translation>{frame} "{path}" desapareció mientras se leía. Vuelve a elegir el archivo.</translation>
        </message>
        <message>
            <source>{frame} "{path}" uses a colour mode ({mode}) that veodesk cannot convert. Save it as an RGB JPEG or PNG and choose that.</source>
            <translation>{frame} "{path}" usa un modo de color ({mode}) que veodesk no puede convertir. Guarda la imagen como JPEG o PNG en RGB y elige ese archivo.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is too large to decode on this computer. Choose a smaller picture.</source>
            <translation>{frame} "{path}": la imagen es demasiado grande para decodificarla en este equipo. Elige una imagen más pequeña.</translation>
        </message>
        <message>
            <source>{frame} "{path}" could not be read ({reason}). Choose another file.</source>
            <translation>{frame} "{path}" no se pudo leer ({reason}). Elige otro archivo.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is damaged or incomplete (truncated or corrupt). Export or download it again, or choose another file.</source>
            <translation>{frame} "{path}": el archivo está dañado o incompleto (truncado o corrupto). Vuelve a exportarlo o descargarlo, o elige otro archivo.</translation>
        </message>
        <message>
            <source>{frame} "{path}" has {width}×{height} pixels, over the safety limit of {limit} megapixels that guards against decompression bombs. Shrink it in an image editor first, or choose another file.</source>
            <translation>{frame} "{path}" tiene {width}×{height} píxeles, por encima del límite de seguridad de {limit} megapíxeles que protege contra las bombas de descompresión. Reduce primero la imagen en un editor de imágenes, o elige otro archivo.</translation>
        </message>
        <message>
            <source>{frame} "{path}" has more pixels, over the safety limit of {limit} megapixels that guards against decompression bombs. Shrink it in an image editor first, or choose another file.</source>
            <translation>{frame} "{path}" tiene más píxeles que el límite de seguridad de {limit} megapíxeles que protege contra las bombas de descompresión. Reduce primero la imagen en un editor de imágenes, o elige otro archivo.</translation>
        </message>
        <message>
            <source>{frame} "{path}" is only {width}×{height} pixels, too small to be useful. Choose a picture at least {min_side} pixels on each side (720 or more is best).</source>
            <translation>{frame} "{path}" solo tiene {width}×{height} píxeles, demasiado pocos para que sirva. Elige una imagen de al menos {min_side} píxeles por lado (lo mejor es 720 o más).</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a URL; previews are made from files on this computer only.</source>
            <translation>{frame} "{path}" es una URL; las vistas previas solo se crean a partir de archivos de este equipo.</translation>
        </message>
        <message>
            <source>The prompt is empty. Describe what happens between the frames.</source>
            <translation>El prompt está vacío. Describe lo que ocurre entre los fotogramas.</translation>
        </message>
        <message>
            <source>The prompt is {length} characters long; shorten it to at most {limit}.</source>
            <translation>El prompt tiene {length} caracteres; acórtalo a {limit} como máximo.</translation>
        </message>
        <message>
            <source>Choose a first frame.</source>
            <translation>Elige un primer fotograma.</translation>
        </message>
        <message>
            <source>Choose a last frame.</source>
            <translation>Elige un último fotograma.</translation>
        </message>
        <message>
            <source>Duration {value} is not offered; choose {choices} seconds.</source>
            <translation>La duración {value} no está disponible; elige {choices} segundos.</translation>
        </message>
        <message>
            <source>Audio must be on or off.</source>
            <translation>El audio debe estar activado o desactivado.</translation>
        </message>
        <message>
            <source>expected a JSON object</source>
            <translation>se esperaba un objeto JSON</translation>
        </message>
        <message>
            <source>missing or invalid 'id'</source>
            <translation>'id' falta o no es válido</translation>
        </message>
        <message>
            <source>missing or invalid 'status'</source>
            <translation>'status' falta o no es válido</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
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
            <source>Resolution</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>Relación de aspecto</translation>
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
            <source>Fit</source>
            <translation>Ajuste</translation>
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
            <source>Generate audio</source>
            <translation>Generar audio</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>con audio</translation>
        </message>
        <message>
            <source>silent</source>
            <translation>sin audio</translation>
        </message>
        <message>
            <source>Stopped waiting. The API cannot cancel a task, so it keeps running (and is paid for); resume the job later to fetch the video.</source>
            <translation>Se dejó de esperar. La API no puede cancelar una tarea, así que sigue ejecutándose (y se cobra); reanuda el trabajo más tarde para obtener el vídeo.</translation>
        </message>
        <message>
            <source>The video is not ready yet (last status: {status}). It keeps rendering on the server; resume the job later to fetch it.</source>
            <translation>El vídeo aún no está listo (último estado: {status}). Se sigue generando en el servidor; reanuda el trabajo más tarde para obtenerlo.</translation>
        </message>
        <message>
            <source>Job {job} has no saved frames to send again; start a new job instead.</source>
            <translation>El trabajo {job} no tiene fotogramas guardados que volver a enviar; crea un trabajo nuevo en su lugar.</translation>
        </message>
        <message>
            <source>Job {job}: {reason}</source>
            <translation>Trabajo {job}: {reason}</translation>
        </message>
        <message>
            <source>copy of job {job} without audio</source>
            <translation>copia del trabajo {job} sin audio</translation>
        </message>
        <message>
            <source>copy of job {job}</source>
            <translation>copia del trabajo {job}</translation>
        </message>
        <message>
            <source>Job {job} is being worked on elsewhere.</source>
            <translation>El trabajo {job} se está procesando en otro lugar.</translation>
        </message>
        <message>
            <source>not created; nothing was charged</source>
            <translation>no se creó; no se cobró nada</translation>
        </message>
        <message>
            <source>{reason} Trying again in {seconds} s (nothing was created).</source>
            <translation>{reason} Se reintentará en {seconds} s (no se creó nada).</translation>
        </message>
        <message>
            <source>sending cancelled; nothing was sent</source>
            <translation>envío cancelado; no se envió nada</translation>
        </message>
        <message>
            <source>Cancelled before the task was created.</source>
            <translation>Se canceló antes de crear la tarea.</translation>
        </message>
        <message>
            <source>refused by the API</source>
            <translation>rechazado por la API</translation>
        </message>
        <message>
            <source>created as {generation_id}</source>
            <translation>creado como {generation_id}</translation>
        </message>
        <message>
            <source>The request was sent, but no usable answer came back ({reason}). The task may have been created and charged. Check your dashboard before submitting again: submitting again may cost credits.</source>
            <translation>La solicitud se envió, pero no llegó ninguna respuesta utilizable ({reason}). Puede que la tarea se haya creado y cobrado. Revisa tu panel antes de volver a enviarla: volver a enviarla puede costar créditos.</translation>
        </message>
        <message>
            <source>outcome of POST unknown</source>
            <translation>resultado del POST desconocido</translation>
        </message>
        <message>
            <source>{reason} Checking again in {seconds} s.</source>
            <translation>{reason} Se volverá a comprobar en {seconds} s.</translation>
        </message>
        <message>
            <source>the API no longer knows this generation</source>
            <translation>la API ya no conoce esta generación</translation>
        </message>
        <message>
            <source>The generation failed. The server said: {server}</source>
            <translation>La generación falló. El servidor dijo: {server}</translation>
        </message>
        <message>
            <source>The generation failed. The server said: no reason given</source>
            <translation>La generación falló. El servidor no indicó ningún motivo.</translation>
        </message>
        <message>
            <source>The generation finished, but the server reported it finished but gave no video URL. Contact the API's support.</source>
            <translation>La generación terminó, pero el servidor no dio ninguna URL del vídeo. Contacta con el soporte de la API.</translation>
        </message>
        <message>
            <source>saved {name}</source>
            <translation>se guardó {name}</translation>
        </message>
        <message>
            <source>Job {job} is being worked on by another veodesk window or command.</source>
            <translation>Otra ventana o comando de veodesk está procesando el trabajo {job}.</translation>
        </message>
        <message>
            <source>veodesk stopped while sending it</source>
            <translation>veodesk se detuvo mientras lo enviaba</translation>
        </message>
        <message>
            <source>The CA bundle {path} in the settings does not exist; choose a PEM file or clear the setting.</source>
            <translation>El archivo de certificados de CA {path} indicado en la configuración no existe; elige un archivo PEM o borra el ajuste.</translation>
        </message>
        <message>
            <source>A storyboard holds at most {most} keyframes.</source>
            <translation>Un storyboard admite como máximo {most} fotogramas clave.</translation>
        </message>
        <message>
            <source>Add keyframes</source>
            <translation>Añadir fotogramas clave</translation>
        </message>
        <message>
            <source>Add keyframe</source>
            <translation>Añadir un fotograma clave</translation>
        </message>
        <message>
            <source>Delete keyframe</source>
            <translation>Eliminar el fotograma clave</translation>
        </message>
        <message>
            <source>Move keyframe</source>
            <translation>Mover el fotograma clave</translation>
        </message>
        <message>
            <source>Swap keyframes</source>
            <translation>Intercambiar fotogramas clave</translation>
        </message>
        <message>
            <source>Replace keyframe</source>
            <translation>Sustituir el fotograma clave</translation>
        </message>
        <message>
            <source>A prompt holds at most {most} characters.</source>
            <translation>Un prompt admite como máximo {most} caracteres.</translation>
        </message>
        <message>
            <source>Edit prompt</source>
            <translation>Editar el prompt</translation>
        </message>
        <message>
            <source>Duration {value} is not offered.</source>
            <translation>La duración {value} no está disponible.</translation>
        </message>
        <message>
            <source>Change duration</source>
            <translation>Cambiar la duración</translation>
        </message>
        <message>
            <source>Change audio</source>
            <translation>Cambiar el audio</translation>
        </message>
        <message>
            <source>Job {job} is not a take of segment {segment}.</source>
            <translation>El trabajo {job} no es una toma del segmento {segment}.</translation>
        </message>
        <message>
            <source>Choose take</source>
            <translation>Elegir la toma</translation>
        </message>
        <message>
            <source>Change film settings</source>
            <translation>Cambiar los ajustes de la película</translation>
        </message>
        <message>
            <source>The keyframe {number}'s picture "{path}" cannot be read ({reason}). Put the file back or replace the keyframe.</source>
            <translation>La imagen "{path}" del fotograma clave {number} no se puede leer ({reason}). Vuelve a poner el archivo en su sitio o sustituye el fotograma clave.</translation>
        </message>
        <message>
            <source>The picture "{path}" cannot be read ({reason}). Put the file back or replace the keyframe.</source>
            <translation>La imagen "{path}" no se puede leer ({reason}). Vuelve a poner el archivo en su sitio o sustituye el fotograma clave.</translation>
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
            <translation>un objeto</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>must be a JSON object {shape}.</source>
            <translation>debe ser un objeto JSON {shape}.</translation>
        </message>
        <message>
            <source>must be a JSON list {shape}.</source>
            <translation>debe ser una lista JSON {shape}.</translation>
        </message>
        <message>
            <source>must be a text.</source>
            <translation>debe ser un texto.</translation>
        </message>
        <message>
            <source>must be a text that is not empty.</source>
            <translation>debe ser un texto no vacío.</translation>
        </message>
        <message>
            <source>contains a NUL character.</source>
            <translation>contiene un carácter NUL.</translation>
        </message>
        <message>
            <source>must be {choices}, not {value}.</source>
            <translation>debe ser {choices}, no {value}.</translation>
        </message>
        <message>
            <source>must be true or false.</source>
            <translation>debe ser true o false.</translation>
        </message>
        <message>
            <source>must be a job number (a whole number above 0).</source>
            <translation>debe ser un número de trabajo (un número entero mayor que 0).</translation>
        </message>
        <message>
            <source>is missing.</source>
            <translation>falta.</translation>
        </message>
        <message>
            <source>cannot be "auto": every segment must share one shape. Use "16:9" or "9:16".</source>
            <translation>no puede ser "auto": todos los segmentos deben tener la misma forma. Usa "16:9" o "9:16".</translation>
        </message>
        <message>
            <source>has no "image": name the picture, e.g. "frames/a.jpg".</source>
            <translation>no tiene "image": indica la imagen, p. ej., "frames/a.jpg".</translation>
        </message>
        <message>
            <source>is not a job state: {value}.</source>
            <translation>no es un estado de trabajo: {value}.</translation>
        </message>
        <message>
            <source>has no "prompt".</source>
            <translation>no tiene "prompt".</translation>
        </message>
        <message>
            <source>has no "duration" (4, 6 or 8 seconds).</source>
            <translation>no tiene "duration" (4, 6 u 8 segundos).</translation>
        </message>
        <message>
            <source>is not a veodesk storyboard (no "format": "{format}").</source>
            <translation>no es un storyboard de veodesk (falta "format": "{format}").</translation>
        </message>
        <message>
            <source>must be a whole number; this veodesk writes {version}.</source>
            <translation>debe ser un número entero; esta versión de veodesk escribe {version}.</translation>
        </message>
        <message>
            <source>was written by a newer veodesk (format {version}; this one reads {supported}). Update veodesk to open it.</source>
            <translation>lo escribió una versión más reciente de veodesk (formato {version}; esta lee {supported}). Actualiza veodesk para abrirlo.</translation>
        </message>
        <message>
            <source>has {count}; a storyboard has {least} to {most}.</source>
            <translation>tiene {count}; un storyboard tiene de {least} a {most}.</translation>
        </message>
        <message>
            <source>has {count}, but {keyframes} keyframes need exactly {needed} (one between each pair).</source>
            <translation>tiene {count}, pero {keyframes} fotogramas clave necesitan exactamente {needed} (uno entre cada par).</translation>
        </message>
        <message>
            <source>two segments have the same "id".</source>
            <translation>dos segmentos tienen el mismo "id".</translation>
        </message>
        <message>
            <source>is larger than {size} MB; it is not a storyboard.</source>
            <translation>ocupa más de {size} MB; no es un storyboard.</translation>
        </message>
        <message>
            <source>is not UTF-8 text; it is damaged or not a storyboard.</source>
            <translation>no es texto UTF-8; está dañado o no es un storyboard.</translation>
        </message>
        <message>
            <source>is not valid JSON ({reason}); it is damaged.</source>
            <translation>no es JSON válido ({reason}); está dañado.</translation>
        </message>
        <message>
            <source>cannot be read ({reason}).</source>
            <translation>no se puede leer ({reason}).</translation>
        </message>
        <message>
            <source>The storyboard {path} is open in another veodesk window or command. Close it there (or wait for its render to end), then try again.</source>
            <translation>El storyboard {path} está abierto en otra ventana o comando de veodesk. Ciérralo allí (o espera a que termine de crear su película) y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Keyframe {number}'s picture {picture} is missing. Put it back or replace the keyframe (in {path}).</source>
            <translation>Falta la imagen {picture} del fotograma clave {number}. Vuelve a ponerla en su sitio o sustituye el fotograma clave (en {path}).</translation>
        </message>
        <message>
            <source>segment {segment}: {warning}</source>
            <translation>segmento {segment}: {warning}</translation>
        </message>
        <message>
            <source>{path} already exists; choose another --output or add --force to replace it.</source>
            <translation>{path} ya existe; elige otro --output o añade --force para sustituirlo.</translation>
        </message>
        <message>
            <source>{path} is not a file; choose another --output.</source>
            <translation>{path} no es un archivo; elige otro --output.</translation>
        </message>
        <message>
            <source>Cannot write {path}: its folder does not exist or is not writable.</source>
            <translation>No se puede escribir {path}: su carpeta no existe o no se puede escribir en ella.</translation>
        </message>
        <message>
            <source>Ask for 1 to {most} takes at a time.</source>
            <translation>Pide de 1 a {most} tomas a la vez.</translation>
        </message>
        <message>
            <source>There is no segment {segment}.</source>
            <translation>No existe el segmento {segment}.</translation>
        </message>
        <message>
            <source>segment {segment} (job {job})</source>
            <translation>segmento {segment} (trabajo {job})</translation>
        </message>
        <message>
            <source>Segment {segment} has no prompt: describe what happens between keyframes {first} and {last} (in {path}).</source>
            <translation>El segmento {segment} no tiene prompt: describe lo que ocurre entre los fotogramas clave {first} y {last} (en {path}).</translation>
        </message>
        <message>
            <source>Segment {segment}: {reason}</source>
            <translation>Segmento {segment}: {reason}</translation>
        </message>
        <message>
            <source>Nothing was sent. For {segments} a request was sent but no answer came back, so a task may have been created and charged. Check your dashboard; to send one again, run 'veodesk-cli resubmit JOB --yes' (it stays a take of its segment), then render again.</source>
            <translation>No se envió nada. Para {segments} se envió una solicitud, pero no llegó respuesta, así que puede que se haya creado y cobrado una tarea. Revisa tu panel; para volver a enviar una, ejecuta 'veodesk-cli resubmit JOB --yes' (sigue siendo una toma de su segmento) y vuelve a crear la película.</translation>
        </message>
        <message>
            <source>sending job {job}</source>
            <translation>enviando el trabajo {job}</translation>
        </message>
        <message>
            <source>resuming job {job} ({generation_id})</source>
            <translation>reanudando el trabajo {job} ({generation_id})</translation>
        </message>
        <message>
            <source>Job {job} ended {state}: {reason}.</source>
            <translation>El trabajo {job} terminó en estado «{state}»: {reason}.</translation>
        </message>
        <message>
            <source>Job {job} ended {state}: no video.</source>
            <translation>El trabajo {job} terminó en estado «{state}»: sin vídeo.</translation>
        </message>
        <message>
            <source>done (job {job})</source>
            <translation>hecho (trabajo {job})</translation>
        </message>
        <message>
            <source>A segment has no finished take to join.</source>
            <translation>Un segmento no tiene ninguna toma terminada que unir.</translation>
        </message>
        <message>
            <source>failed: {reason}</source>
            <translation>fallido: {reason}</translation>
        </message>
        <message>
            <source>The saved frame {path} is missing ({reason}); start a new job from the original pictures.</source>
            <translation>Falta el fotograma guardado {path} ({reason}); crea un trabajo nuevo a partir de las imágenes originales.</translation>
        </message>
        <message>
            <source>VEODESK_BILLING_URL {url} is not an http(s) URL; use e.g. {example}.</source>
            <translation>VEODESK_BILLING_URL {url} no es una URL http(s); usa, por ejemplo, {example}.</translation>
        </message>
        <message>
            <source>API base URL {url} is not an http(s) URL; use e.g. {example}.</source>
            <translation>La URL base de la API {url} no es una URL http(s); usa, por ejemplo, {example}.</translation>
        </message>
        <message>
            <source>VEODESK_BILLING_URL {url} uses plain http, which would send your key unencrypted; use https (plain http is allowed only for 127.0.0.1/localhost).</source>
            <translation>VEODESK_BILLING_URL {url} usa http simple, con lo que tu clave viajaría sin cifrar; usa https (http simple solo se permite para 127.0.0.1/localhost).</translation>
        </message>
        <message>
            <source>API base URL {url} uses plain http, which would send your key unencrypted; use https (plain http is allowed only for 127.0.0.1/localhost).</source>
            <translation>La URL base de la API {url} usa http simple, con lo que tu clave viajaría sin cifrar; usa https (http simple solo se permite para 127.0.0.1/localhost).</translation>
        </message>
        <message>
            <source>VEODESK_BILLING_URL {url} must not contain credentials, a query or a fragment.</source>
            <translation>VEODESK_BILLING_URL {url} no debe contener credenciales, una consulta ni un fragmento.</translation>
        </message>
        <message>
            <source>API base URL {url} must not contain credentials, a query or a fragment.</source>
            <translation>La URL base de la API {url} no debe contener credenciales, una consulta ni un fragmento.</translation>
        </message>
        <message>
            <source>The generation finished, but the video URL is not an http(s) URL. Contact the API's support.</source>
            <translation>La generación terminó, pero la URL del vídeo no es una URL http(s). Contacta con el soporte de la API.</translation>
        </message>
        <message>
            <source>The generation finished, but the video URL points at this computer. Contact the API's support.</source>
            <translation>La generación terminó, pero la URL del vídeo apunta a este equipo. Contacta con el soporte de la API.</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
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
            <translation>Elegir otra</translation>
        </message>
        <message>
            <source>Job {job}: {problem}</source>
            <translation>Trabajo {job}: {problem}</translation>
        </message>
        <message>
            <source>Job {job}: The API refused your key ({reason}). Check it in the settings, or create a new one at {url}.</source>
            <translation>Trabajo {job}: la API rechazó tu clave ({reason}). Compruébala en la configuración o crea una nueva en {url}.</translation>
        </message>
        <message>
            <source>The API refused your key ({reason}). Check it in the settings, or create a new one at {url}.</source>
            <translation>La API rechazó tu clave ({reason}). Compruébala en la configuración o crea una nueva en {url}.</translation>
        </message>
        <message>
            <source>Job {job}: {problem} The job is kept: resume it from the history when you are ready.</source>
            <translation>Trabajo {job}: {problem} El trabajo se conserva: reanúdalo desde el historial cuando quieras.</translation>
        </message>
    </context>
</TS>
