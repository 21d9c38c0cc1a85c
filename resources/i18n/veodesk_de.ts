<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AppController</name>
        <message>
            <source>Still loading your API key; try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the frames…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last frame is now the first frame: choose where the next clip ends.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BalancePresenter</name>
        <message>
            <source>&lt;a href="{url}"&gt;Top up&lt;/a&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add funds on the AI/ML API site ({url})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Balance: reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Balance: unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The balance could not be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Balance: {amount} · {age} · low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Balance: {amount} · {age}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{credits} credit(s). The last refresh failed: {error}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{credits} credit(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{status} · &lt;a href="{link}"&gt;Refresh&lt;/a&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The expected cost of this video, about {cost}, is more than your balance of {balance}. You can still send it (the balance may lag behind), but it may fail; top up to be sure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your AI/ML API balance is low: {balance}. You can still send jobs; top up before the credits run out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note: {text}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComposePanel</name>
        <message>
            <source>Swap the first and last frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describe what happens between the two frames: the motion, the camera, the mood, the sound…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How a picture of another shape becomes the video's shape: cropped (drag the highlighted area to choose what stays), padded with a blurred border, or sent unchanged for the service to handle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Aspect ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shorten the prompt to {limit} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected cost: estimating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected cost: {estimate} · usually ready in {duration}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected cost: {estimate}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} / {limit}: too long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} / {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; </source>
            <comment>between the steps still to do</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To generate, {steps}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate the video (Ctrl+Return)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoMode</name>
        <message>
            <source>Demo: rendered locally, not by Veo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish or stop the running jobs before starting the demo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo could not start: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo history could not be opened: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo ready: press Generate to render the sample locally.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish or stop the running jobs before leaving the demo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo closed: jobs now go to the AI/ML API with your key.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif *.heic *.heif *.avif);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the video as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save videos in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilmDialog</name>
        <message>
            <source>No timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OpenTimelineIO (.otio)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Final Cut Pro 7 XML (.xml), for Premiere and Resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CMX 3600 EDL (.edl)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Music (*.mp3 *.wav *.flac *.m4a *.aac *.mp4);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join into a film</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clips, in the film's order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#{id}  {prompt}  ({seconds} s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut: each shared keyframe shows once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crossfade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crossfade length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> frames</source>
            <comment>after a number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <comment>no music</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the music (mute the clips' own sound)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Even out loudness (−16 LUFS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fade in and out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <comment>after a number of seconds</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <comment>no fade</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline for an editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loudness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%p %</source>
            <comment>the progress in percent</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clips, in the film's order (drag to reorder):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilmJoinFlow</name>
        <message>
            <source>The film is ready: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joining stopped: no film was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>{seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;{amount}</source>
            <comment>less than a cent</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{usd} ({credits} credit(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>about {cost}, from your history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about {cost}, list price {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>updated just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>updated %n min ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n h ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n day(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>FrameSlot</name>
        <message>
            <source>Press Enter to choose a picture. When the picture is cropped, the arrow keys move the crop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>or an image link: https://…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving the pasted picture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pasted picture could not be kept: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image link from {host}
The service fetches it when you generate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading preview…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This picture cannot be used.
Click to choose another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A link must start with http:// or https://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop a picture here
or click to choose one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} · {width}×{height}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent as a link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>loading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>link {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clipboard holds no picture, image file or link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the first frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the first frame (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste an image as the first frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the first frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First frame preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First frame link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First frame: {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>choose a first frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wait for the first frame to load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace the first frame: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the last frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the last frame (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste an image as the last frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the last frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last frame preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last frame link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last frame: {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>choose a last frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wait for the last frame to load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace the last frame: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobActions</name>
        <message>
            <source>The video of job {id} is no longer at {path}. It may have been moved or deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The job's frames and settings are back in the compose panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped waiting. The API has no cancel: the task still runs on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job {id} could not be sent again: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about {cost}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This sends job {id}'s frames, prompt and settings again as a new task, without audio: Veo's audio filter blocks some videos that pass without it. It costs {price}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This sends job {id}'s frames, prompt and settings again as a new task. It costs {price}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit again without audio?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit without audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file manager could be opened. The video is at {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generation id copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video URL copied. It may expire after a while.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved a copy as {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy could not be saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete job?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete job {id} from the history?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its video is {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete job and video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete job, keep video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted job {id} and its video.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted job {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job {id} could not be deleted: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobEvents</name>
        <message>
            <source>sent to the API</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>job {id}: {event}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job {id}: {event}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About your frames: {warnings}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>job {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video ready: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your video is ready</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobHistory</name>
        <message>
            <source>The job history could not be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unfinished jobs could not be listed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Resuming %n unfinished job(s) from last time.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>JobListView</name>
        <message>
            <source>No videos yet.
Choose two frames, describe the motion and press Generate.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobsController</name>
        <message>
            <source>You stopped waiting. The API cannot cancel a task, so it keeps running (and is charged) on the server; choose Resume waiting to fetch the video.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <source>Preparing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>auto</source>
            <comment>the aspect ratio</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>film</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generation id: {id}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobsPanel</name>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reuse settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit again without audio…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the same frames, prompt and settings as a silent video: Veo's audio filter blocks some videos that pass without audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy generation id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy video URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join into a film…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select two or more finished videos (Ctrl+click or Shift+click) to join them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More job actions</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln job(s) · {cost} spent</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>LastFrameGrabber</name>
        <message>
            <source>Reading the video took too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreadable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no video track.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not a video Qt can read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last frame could not be captured: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Loading the player…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open frame…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leave the demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get an API &amp;key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh the &amp;balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy &amp;diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy versions, settings and recent log lines, without your key or private paths, to paste into a bug report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>veodesk — {mode}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Parameters</name>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto (from the first frame)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>16:9 landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>9:16 portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crop to fill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pad to fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave as is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>silent</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Player</name>
        <message>
            <source>Play (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use last frame as next first frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put this video's final frame into the first-frame slot, to continue the scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your video plays here.
Generate one, or pick a finished job.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last frame of the video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sound output on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unmute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The video cannot be played: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PriceEditor</name>
        <message>
            <source>Prices for estimates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used until a video of the same resolution and audio
has finished; then what it really cost.
$1 = {credits} credits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Silent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> /s</source>
            <comment>per second, after a price</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dollars per second at {resolution}, with audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dollars per second at {resolution}, silent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the prices come from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the prices were published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the list price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source} list price, {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Remedy</name>
        <message>
            <source>Open settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose another</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>veodesk closed unexpectedly last time. Your jobs are safe: unfinished ones continue by themselves. If it happens again, please report it with the diagnostics, which include what went wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics copied. They hold no key, no link tokens and no home folder path, so they are safe to paste publicly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not collect diagnostics: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Using the key from the AIMLAPI_KEY environment variable ({key}). It overrides any key saved here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved in the system keychain ({key}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keychain is available, so the key is saved in a file that only your user account can read ({key}). Anyone who can log in as you can read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No key yet. Paste the key from your AI/ML API dashboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>veodesk settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved key {key} — type to replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste your API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the key while typing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove saved key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ {warning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get a key at &lt;a href="{url}"&gt;{url}&lt;/a&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default aspect ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobs that may run at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notify me when a video is ready and the window is in the background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play each video as soon as it is ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Videos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save videos in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobs at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defaults for new videos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API base URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{url} (default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CA bundle file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the system's certificates (default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advanced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CA bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Takes effect when veodesk starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The saved key will be removed when you press Save.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>No system keychain was found, so your API key is stored in a file only your user account can read. Anyone who can log in as you can read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings saved. The new language takes effect when veodesk starts again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings not saved: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Staging</name>
        <message>
            <source>The job history could not be opened: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready. Add an API key, or try the demo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to veodesk. To make videos with Veo 3.1 you need an AI/ML API key: create one at {url} and paste it in the settings. Or try the demo first: it renders a sample video on this computer, with no key and no cost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get a key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the demo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusPresenter</name>
        <message>
            <source>Opening the history…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n job(s) running</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for a free slot</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
