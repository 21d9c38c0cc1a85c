<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
    <context>
        <name>AppController</name>
        <message>
            <source>Still loading your API key; try again in a moment.</source>
            <translation>API キーを読み込んでいます。少し待ってからもう一度お試しください。</translation>
        </message>
        <message>
            <source>Preparing the frames…</source>
            <translation>フレームを準備しています…</translation>
        </message>
        <message>
            <source>The last frame is now the first frame: choose where the next clip ends.</source>
            <translation>最後のフレームを最初のフレームにしました。次のクリップの終わりを選んでください。</translation>
        </message>
    </context>
    <context>
        <name>BalancePresenter</name>
        <message>
            <source>&lt;a href="{url}"&gt;Top up&lt;/a&gt;</source>
            <translation>&lt;a href="{url}"&gt;チャージ&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Add funds on the AI/ML API site ({url})</source>
            <translation>AI/ML API のサイトで残高を追加します ({url})</translation>
        </message>
        <message>
            <source>Balance: reading…</source>
            <translation>残高: 読み込み中…</translation>
        </message>
        <message>
            <source>Balance: unknown</source>
            <translation>残高: 不明</translation>
        </message>
        <message>
            <source>The balance could not be read: {error}</source>
            <translation>残高を読み込めませんでした: {error}</translation>
        </message>
        <message>
            <source>Balance: {amount} · {age} · low</source>
            <translation>残高: {amount} · {age} · 残りわずか</translation>
        </message>
        <message>
            <source>Balance: {amount} · {age}</source>
            <translation>残高: {amount} · {age}</translation>
        </message>
        <message numerus="yes">
            <source>{credits} credit(s). The last refresh failed: {error}</source>
            <translation>
                <numerusform>{credits} クレジット。前回の更新に失敗しました: {error}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{credits} credit(s)</source>
            <translation>
                <numerusform>{credits} クレジット</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} · &lt;a href="{link}"&gt;Refresh&lt;/a&gt;</source>
            <translation>{status} · &lt;a href="{link}"&gt;更新&lt;/a&gt;</translation>
        </message>
        <message>
            <source>The expected cost of this video, about {cost}, is more than your balance of {balance}. You can still send it (the balance may lag behind), but it may fail; top up to be sure.</source>
            <translation>この動画の予想費用 (約 {cost}) が残高 {balance} を上回っています。送信はできます (残高の反映が遅れている場合があります) が、失敗するおそれがあります。確実にするにはチャージしてください。</translation>
        </message>
        <message>
            <source>Your AI/ML API balance is low: {balance}. You can still send jobs; top up before the credits run out.</source>
            <translation>AI/ML API の残高が少なくなっています: {balance}。ジョブは引き続き送信できます。クレジットがなくなる前にチャージしてください。</translation>
        </message>
        <message>
            <source>Top up</source>
            <translation>チャージ</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>メッセージを閉じる</translation>
        </message>
        <message>
            <source>Error: {text}</source>
            <translation>エラー: {text}</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>警告: {text}</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>お知らせ: {text}</translation>
        </message>
    </context>
    <context>
        <name>ComposePanel</name>
        <message>
            <source>Swap the first and last frames</source>
            <translation>最初と最後のフレームを入れ替える</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>プロンプト</translation>
        </message>
        <message>
            <source>Describe what happens between the two frames: the motion, the camera, the mood, the sound…</source>
            <translation>2 つのフレームの間に起こることを書いてください: 動き、カメラ、雰囲気、音…</translation>
        </message>
        <message>
            <source>How a picture of another shape becomes the video's shape: cropped (drag the highlighted area to choose what stays), padded with a blurred border, or sent unchanged for the service to handle.</source>
            <translation>形の違う画像を動画の形に合わせる方法です: 切り抜く (強調表示された範囲をドラッグして残す部分を選びます)、ぼかした余白を付ける、またはそのまま送ってサービスに任せる。</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation>プロンプト(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Duration</source>
            <translation>長さ(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Resolution</source>
            <translation>解像度(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Aspect ratio</source>
            <translation>アスペクト比(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>フィット(&amp;F)</translation>
        </message>
        <message>
            <source>write a prompt</source>
            <translation>プロンプトを書く</translation>
        </message>
        <message>
            <source>shorten the prompt to {limit} characters</source>
            <translation>プロンプトを {limit} 文字以内にする</translation>
        </message>
        <message>
            <source>Expected cost: estimating…</source>
            <translation>予想費用: 見積もり中…</translation>
        </message>
        <message>
            <source>Expected cost: {estimate} · usually ready in {duration}</source>
            <translation>予想費用: {estimate} · 通常 {duration} で完成</translation>
        </message>
        <message>
            <source>Expected cost: {estimate}</source>
            <translation>予想費用: {estimate}</translation>
        </message>
        <message>
            <source>{count} / {limit}: too long</source>
            <translation>{count} / {limit}: 長すぎます</translation>
        </message>
        <message>
            <source>{count} / {limit}</source>
            <translation>{count} / {limit}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the steps still to do</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>To generate, {steps}.</source>
            <translation>生成するには: {steps}。</translation>
        </message>
        <message>
            <source>Generate the video (Ctrl+Return)</source>
            <translation>動画を生成 (Ctrl+Return)</translation>
        </message>
    </context>
    <context>
        <name>DemoMode</name>
        <message>
            <source>Demo: rendered locally, not by Veo</source>
            <translation>デモ: Veo ではなくローカルで生成</translation>
        </message>
        <message>
            <source>Finish or stop the running jobs before starting the demo.</source>
            <translation>デモを始める前に、実行中のジョブを完了させるか停止してください。</translation>
        </message>
        <message>
            <source>The demo could not start: {error}</source>
            <translation>デモを開始できませんでした: {error}</translation>
        </message>
        <message>
            <source>The demo history could not be opened: {error}</source>
            <translation>デモの履歴を開けませんでした: {error}</translation>
        </message>
        <message>
            <source>Demo ready: press Generate to render the sample locally, or open the Storyboard tab for a three-keyframe film.</source>
            <translation>デモの準備ができました。「生成」を押すとサンプルをローカルで生成します。「ストーリーボード」タブを開くと、3 つのキーフレームから映像を作れます。</translation>
        </message>
        <message>
            <source>Finish or stop the running jobs before leaving the demo.</source>
            <translation>デモを終える前に、実行中のジョブを完了させるか停止してください。</translation>
        </message>
        <message>
            <source>Demo closed: jobs now go to the AI/ML API with your key.</source>
            <translation>デモを終了しました。ジョブはあなたのキーで AI/ML API に送られます。</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif *.heic *.heif *.avif);;All files (*)</source>
            <translation>画像 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif *.heic *.heif *.avif);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Save the video as</source>
            <translation>名前を付けて動画を保存</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>MP4 動画 (*.mp4)</translation>
        </message>
        <message>
            <source>Save videos in</source>
            <translation>動画の保存先</translation>
        </message>
    </context>
    <context>
        <name>FilmDialog</name>
        <message>
            <source>No timeline</source>
            <translation>タイムラインなし</translation>
        </message>
        <message>
            <source>OpenTimelineIO (.otio)</source>
            <translation>OpenTimelineIO (.otio)</translation>
        </message>
        <message>
            <source>Final Cut Pro 7 XML (.xml), for Premiere and Resolve</source>
            <translation>Final Cut Pro 7 XML (.xml)、Premiere と Resolve 用</translation>
        </message>
        <message>
            <source>CMX 3600 EDL (.edl)</source>
            <translation>CMX 3600 EDL (.edl)</translation>
        </message>
        <message>
            <source>Music (*.mp3 *.wav *.flac *.m4a *.aac *.mp4);;All files (*)</source>
            <translation>音楽 (*.mp3 *.wav *.flac *.m4a *.aac *.mp4);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Join into a film</source>
            <translation>1 本の映像につなげる</translation>
        </message>
        <message>
            <source>Clips, in the film's order</source>
            <translation>クリップ (映像の順番)</translation>
        </message>
        <message>
            <source>#{id}  {prompt}  ({seconds} s)</source>
            <translation>#{id}  {prompt}  ({seconds} 秒)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上へ</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下へ</translation>
        </message>
        <message>
            <source>Transition</source>
            <translation>トランジション</translation>
        </message>
        <message>
            <source>Cut: each shared keyframe shows once</source>
            <translation>カット: 共通のキーフレームを 1 回だけ表示</translation>
        </message>
        <message>
            <source>Crossfade</source>
            <translation>クロスフェード</translation>
        </message>
        <message>
            <source>Crossfade length</source>
            <translation>クロスフェードの長さ</translation>
        </message>
        <message>
            <source> frames</source>
            <comment>after a number</comment>
            <translation> フレーム</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>音楽</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no music</comment>
            <translation>なし</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <source>Choose the music</source>
            <translation>音楽を選択</translation>
        </message>
        <message>
            <source>Only the music (mute the clips' own sound)</source>
            <translation>音楽のみ (クリップの音を消す)</translation>
        </message>
        <message>
            <source>Even out loudness (−16 LUFS)</source>
            <translation>音量をそろえる (−16 LUFS)</translation>
        </message>
        <message>
            <source>Fade in and out</source>
            <translation>フェードイン・アウト</translation>
        </message>
        <message>
            <source> s</source>
            <comment>after a number of seconds</comment>
            <translation> 秒</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no fade</comment>
            <translation>なし</translation>
        </message>
        <message>
            <source>Timeline for an editor</source>
            <translation>編集ソフト用タイムライン</translation>
        </message>
        <message>
            <source>Loudness</source>
            <translation>音量</translation>
        </message>
        <message>
            <source>Saved as</source>
            <translation>保存先</translation>
        </message>
        <message>
            <source>%p %</source>
            <comment>the progress in percent</comment>
            <translation>%p%</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>つなげる</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>The clips, in the film's order (drag to reorder):</source>
            <translation>クリップ (映像の順番。ドラッグで並べ替え):</translation>
        </message>
    </context>
    <context>
        <name>FilmJoinFlow</name>
        <message>
            <source>The film is ready: {path}</source>
            <translation>映像ができあがりました: {path}</translation>
        </message>
        <message>
            <source>Joining stopped: no film was written.</source>
            <translation>つなげる処理を中止しました。映像は書き出されていません。</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} 秒</translation>
        </message>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} 分 {seconds} 秒</translation>
        </message>
        <message>
            <source>&lt;{amount}</source>
            <comment>less than a cent</comment>
            <translation>{amount} 未満</translation>
        </message>
        <message numerus="yes">
            <source>{usd} ({credits} credit(s))</source>
            <translation>
                <numerusform>{usd} ({credits} クレジット)</numerusform>
            </translation>
        </message>
        <message>
            <source>about {cost}, from your history</source>
            <translation>約 {cost} (履歴から)</translation>
        </message>
        <message>
            <source>about {cost}, list price {date}</source>
            <translation>約 {cost} ({date} の定価)</translation>
        </message>
        <message>
            <source>updated just now</source>
            <translation>たった今更新</translation>
        </message>
        <message numerus="yes">
            <source>updated %n min ago</source>
            <translation>
                <numerusform>%n 分前に更新</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n h ago</source>
            <translation>
                <numerusform>%n 時間前に更新</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n day(s) ago</source>
            <translation>
                <numerusform>%n 日前に更新</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameSlot</name>
        <message>
            <source>Press Enter to choose a picture. When the picture is cropped, the arrow keys move the crop.</source>
            <translation>Enter キーで画像を選びます。画像が切り抜かれるときは、矢印キーで切り抜く範囲を動かせます。</translation>
        </message>
        <message>
            <source>or an image link: https://…</source>
            <translation>または画像のリンク: https://…</translation>
        </message>
        <message>
            <source>Saving the pasted picture…</source>
            <translation>貼り付けた画像を保存しています…</translation>
        </message>
        <message>
            <source>The pasted picture could not be kept: {error}</source>
            <translation>貼り付けた画像を保存できませんでした: {error}</translation>
        </message>
        <message>
            <source>Image link from {host}
The service fetches it when you generate.</source>
            <translation>{host} の画像リンク
生成時にサービスが取得します。</translation>
        </message>
        <message>
            <source>Loading preview…</source>
            <translation>プレビューを読み込んでいます…</translation>
        </message>
        <message>
            <source>This picture cannot be used.
Click to choose another.</source>
            <translation>この画像は使えません。
クリックして別の画像を選んでください。</translation>
        </message>
        <message>
            <source>A link must start with http:// or https://.</source>
            <translation>リンクは http:// か https:// で始まる必要があります。</translation>
        </message>
        <message>
            <source>Drop a picture here
or click to choose one</source>
            <translation>ここに画像をドロップ
またはクリックして選択</translation>
        </message>
        <message>
            <source>{name} · {width}×{height}</source>
            <translation>{name} · {width}×{height}</translation>
        </message>
        <message>
            <source>Sent as a link</source>
            <translation>リンクとして送信</translation>
        </message>
        <message>
            <source>⚠ {note}</source>
            <translation>⚠ {note}</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>空</translation>
        </message>
        <message>
            <source>loading</source>
            <translation>読み込み中</translation>
        </message>
        <message>
            <source>link {url}</source>
            <translation>リンク {url}</translation>
        </message>
        <message>
            <source>The clipboard holds no picture, image file or link.</source>
            <translation>クリップボードに画像、画像ファイル、リンクのいずれもありません。</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>最初のフレーム</translation>
        </message>
        <message>
            <source>Choose the first frame</source>
            <translation>最初のフレームを選択</translation>
        </message>
        <message>
            <source>Choose the first frame (Ctrl+O)</source>
            <translation>最初のフレームを選択 (Ctrl+O)</translation>
        </message>
        <message>
            <source>Paste an image as the first frame</source>
            <translation>画像を最初のフレームとして貼り付け</translation>
        </message>
        <message>
            <source>Clear the first frame</source>
            <translation>最初のフレームを消去</translation>
        </message>
        <message>
            <source>First frame preview</source>
            <translation>最初のフレームのプレビュー</translation>
        </message>
        <message>
            <source>First frame link</source>
            <translation>最初のフレームのリンク</translation>
        </message>
        <message>
            <source>First frame: {state}</source>
            <translation>最初のフレーム: {state}</translation>
        </message>
        <message>
            <source>choose a first frame</source>
            <translation>最初のフレームを選ぶ</translation>
        </message>
        <message>
            <source>wait for the first frame to load</source>
            <translation>最初のフレームの読み込みを待つ</translation>
        </message>
        <message>
            <source>replace the first frame: {error}</source>
            <translation>最初のフレームを差し替える ({error})</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>最後のフレーム</translation>
        </message>
        <message>
            <source>Choose the last frame</source>
            <translation>最後のフレームを選択</translation>
        </message>
        <message>
            <source>Choose the last frame (Ctrl+O)</source>
            <translation>最後のフレームを選択 (Ctrl+O)</translation>
        </message>
        <message>
            <source>Paste an image as the last frame</source>
            <translation>画像を最後のフレームとして貼り付け</translation>
        </message>
        <message>
            <source>Clear the last frame</source>
            <translation>最後のフレームを消去</translation>
        </message>
        <message>
            <source>Last frame preview</source>
            <translation>最後のフレームのプレビュー</translation>
        </message>
        <message>
            <source>Last frame link</source>
            <translation>最後のフレームのリンク</translation>
        </message>
        <message>
            <source>Last frame: {state}</source>
            <translation>最後のフレーム: {state}</translation>
        </message>
        <message>
            <source>choose a last frame</source>
            <translation>最後のフレームを選ぶ</translation>
        </message>
        <message>
            <source>wait for the last frame to load</source>
            <translation>最後のフレームの読み込みを待つ</translation>
        </message>
        <message>
            <source>replace the last frame: {error}</source>
            <translation>最後のフレームを差し替える ({error})</translation>
        </message>
    </context>
    <context>
        <name>JobActions</name>
        <message>
            <source>The video of job {id} is no longer at {path}. It may have been moved or deleted.</source>
            <translation>ジョブ {id} の動画が {path} にありません。移動または削除された可能性があります。</translation>
        </message>
        <message>
            <source>The job's frames and settings are back in the compose panel.</source>
            <translation>ジョブのフレームと設定を作成パネルに戻しました。</translation>
        </message>
        <message>
            <source>Stopped waiting. The API has no cancel: the task still runs on the server.</source>
            <translation>待つのをやめました。API にはキャンセルがないため、タスクはサーバーで実行され続けます。</translation>
        </message>
        <message>
            <source>Job {id} could not be sent again: {error}</source>
            <translation>ジョブ {id} を再送信できませんでした: {error}</translation>
        </message>
        <message>
            <source>about {cost}</source>
            <translation>約 {cost}</translation>
        </message>
        <message>
            <source>This sends job {id}'s frames, prompt and settings again as a new task, without audio: Veo's audio filter blocks some videos that pass without it. It costs {price}.</source>
            <translation>ジョブ {id} のフレーム、プロンプト、設定を新しいタスクとして音声なしで再送信します。Veo の音声フィルターは、音声なしなら通る動画をブロックすることがあります。費用は {price} です。</translation>
        </message>
        <message>
            <source>This sends job {id}'s frames, prompt and settings again as a new task. It costs {price}.</source>
            <translation>ジョブ {id} のフレーム、プロンプト、設定を新しいタスクとして再送信します。費用は {price} です。</translation>
        </message>
        <message>
            <source>Submit again without audio?</source>
            <translation>音声なしで再送信しますか?</translation>
        </message>
        <message>
            <source>Submit again?</source>
            <translation>再送信しますか?</translation>
        </message>
        <message>
            <source>Submit without audio</source>
            <translation>音声なしで送信</translation>
        </message>
        <message>
            <source>Submit again</source>
            <translation>再送信</translation>
        </message>
        <message>
            <source>No file manager could be opened. The video is at {path}</source>
            <translation>ファイルマネージャーを開けませんでした。動画は {path} にあります</translation>
        </message>
        <message>
            <source>Generation id copied.</source>
            <translation>生成 ID をコピーしました。</translation>
        </message>
        <message>
            <source>Video URL copied. It may expire after a while.</source>
            <translation>動画の URL をコピーしました。しばらくすると無効になることがあります。</translation>
        </message>
        <message>
            <source>Saved a copy as {path}</source>
            <translation>コピーを {path} に保存しました</translation>
        </message>
        <message>
            <source>The copy could not be saved: {error}</source>
            <translation>コピーを保存できませんでした: {error}</translation>
        </message>
        <message>
            <source>Delete job?</source>
            <translation>ジョブを削除しますか?</translation>
        </message>
        <message>
            <source>Delete job {id} from the history?</source>
            <translation>ジョブ {id} を履歴から削除しますか?</translation>
        </message>
        <message>
            <source>Its video is {path}</source>
            <translation>動画は {path} です</translation>
        </message>
        <message>
            <source>Delete job and video</source>
            <translation>ジョブと動画を削除</translation>
        </message>
        <message>
            <source>Delete job, keep video</source>
            <translation>ジョブを削除し動画は残す</translation>
        </message>
        <message>
            <source>Delete job</source>
            <translation>ジョブを削除</translation>
        </message>
        <message>
            <source>Deleted job {id} and its video.</source>
            <translation>ジョブ {id} とその動画を削除しました。</translation>
        </message>
        <message>
            <source>Deleted job {id}.</source>
            <translation>ジョブ {id} を削除しました。</translation>
        </message>
        <message>
            <source>Job {id} could not be deleted: {error}</source>
            <translation>ジョブ {id} を削除できませんでした: {error}</translation>
        </message>
    </context>
    <context>
        <name>JobEvents</name>
        <message>
            <source>job {job}: sent to the API</source>
            <translation>ジョブ {job}: API に送信しました</translation>
        </message>
        <message>
            <source>job {job}: {event}</source>
            <translation>ジョブ {job}: {event}</translation>
        </message>
        <message>
            <source>Job {job}: {event}</source>
            <translation>ジョブ {job}: {event}</translation>
        </message>
        <message>
            <source>About your frames: {warnings}</source>
            <translation>フレームについて: {warnings}</translation>
        </message>
        <message>
            <source>job {id}</source>
            <translation>ジョブ {id}</translation>
        </message>
        <message>
            <source>Video ready: {name}</source>
            <translation>動画ができました: {name}</translation>
        </message>
        <message>
            <source>Your video is ready</source>
            <translation>動画ができました</translation>
        </message>
    </context>
    <context>
        <name>JobHistory</name>
        <message>
            <source>The job history could not be read: {error}</source>
            <translation>ジョブの履歴を読み込めませんでした: {error}</translation>
        </message>
        <message>
            <source>Unfinished jobs could not be listed: {error}</source>
            <translation>未完了のジョブを一覧にできませんでした: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Resuming %n unfinished job(s) from last time.</source>
            <translation>
                <numerusform>前回の未完了のジョブ %n 件を再開しています。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobListView</name>
        <message>
            <source>No videos yet.
Choose two frames, describe the motion and press Generate.</source>
            <translation>まだ動画はありません。
2 つのフレームを選び、動きを書いて「生成」を押してください。</translation>
        </message>
    </context>
    <context>
        <name>JobsController</name>
        <message>
            <source>You stopped waiting. The API cannot cancel a task, so it keeps running (and is charged) on the server; choose Resume waiting to fetch the video.</source>
            <translation>待つのをやめました。API はタスクをキャンセルできないため、サーバーで実行が続きます (料金もかかります)。動画を受け取るには「待機を再開」を選んでください。</translation>
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <source>Preparing</source>
            <translation>準備中</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>準備完了</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>送信中</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>待ち行列</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>生成中</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>ダウンロード中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>要確認</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>待機中</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} 秒</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>the aspect ratio</comment>
            <translation>自動</translation>
        </message>
        <message>
            <source>film</source>
            <translation>映像</translation>
        </message>
        <message>
            <source>Generation id: {id}</source>
            <translation>生成 ID: {id}</translation>
        </message>
    </context>
    <context>
        <name>JobsPanel</name>
        <message>
            <source>History</source>
            <translation>履歴</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>ジョブ</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>再生</translation>
        </message>
        <message>
            <source>Reuse settings</source>
            <translation>設定を再利用</translation>
        </message>
        <message>
            <source>Reuse</source>
            <translation>再利用</translation>
        </message>
        <message>
            <source>Submit again…</source>
            <translation>再送信…</translation>
        </message>
        <message>
            <source>Submit again</source>
            <translation>再送信</translation>
        </message>
        <message>
            <source>Submit again without audio…</source>
            <translation>音声なしで再送信…</translation>
        </message>
        <message>
            <source>Without audio</source>
            <translation>音声なし</translation>
        </message>
        <message>
            <source>Send the same frames, prompt and settings as a silent video: Veo's audio filter blocks some videos that pass without audio</source>
            <translation>同じフレーム、プロンプト、設定を音声なしの動画として送信します。Veo の音声フィルターは、音声なしなら通る動画をブロックすることがあります</translation>
        </message>
        <message>
            <source>Resume waiting</source>
            <translation>待機を再開</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>再開</translation>
        </message>
        <message>
            <source>Stop waiting</source>
            <translation>待機をやめる</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>フォルダーで表示</translation>
        </message>
        <message>
            <source>Copy generation id</source>
            <translation>生成 ID をコピー</translation>
        </message>
        <message>
            <source>Copy video URL</source>
            <translation>動画の URL をコピー</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>名前を付けて保存…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>削除…</translation>
        </message>
        <message>
            <source>Join into a film…</source>
            <translation>1 本の映像につなげる…</translation>
        </message>
        <message>
            <source>Select two or more finished videos (Ctrl+click or Shift+click) to join them</source>
            <translation>完成した動画を 2 本以上選ぶと (Ctrl+クリックまたは Shift+クリック) つなげられます</translation>
        </message>
        <message>
            <source>More</source>
            <translation>その他</translation>
        </message>
        <message>
            <source>More job actions</source>
            <translation>ジョブのその他の操作</translation>
        </message>
        <message numerus="yes">
            <source>%Ln job(s) · {cost} spent</source>
            <translation>
                <numerusform>%Ln 件のジョブ · {cost} 使用</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LastFrameGrabber</name>
        <message>
            <source>Reading the video took too long.</source>
            <translation>動画の読み込みに時間がかかりすぎました。</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>読み込めません</translation>
        </message>
        <message>
            <source>The file has no video track.</source>
            <translation>このファイルには映像トラックがありません。</translation>
        </message>
        <message>
            <source>The file is not a video Qt can read.</source>
            <translation>このファイルは Qt が読める動画ではありません。</translation>
        </message>
        <message>
            <source>The last frame could not be captured: {error}</source>
            <translation>最後のフレームを取り出せませんでした: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Loading the player…</source>
            <translation>プレーヤーを読み込んでいます…</translation>
        </message>
        <message>
            <source>Single clip or storyboard</source>
            <translation>単一クリップまたはストーリーボード</translation>
        </message>
        <message>
            <source>Single clip</source>
            <translation>単一クリップ</translation>
        </message>
        <message>
            <source>Loading the storyboard…</source>
            <translation>ストーリーボードを読み込んでいます…</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>ストーリーボード</translation>
        </message>
        <message>
            <source>&amp;Open frame…</source>
            <translation>フレームを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Paste frame</source>
            <translation>フレームを貼り付け(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;New storyboard</source>
            <translation>新しいストーリーボード(&amp;N)</translation>
        </message>
        <message>
            <source>Open story&amp;board…</source>
            <translation>ストーリーボードを開く(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>デモを試す(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Leave the demo</source>
            <translation>デモを終了(&amp;L)</translation>
        </message>
        <message>
            <source>Get an API &amp;key</source>
            <translation>API キーを取得(&amp;K)</translation>
        </message>
        <message>
            <source>Refresh the &amp;balance</source>
            <translation>残高を更新(&amp;B)</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>ログフォルダーを開く(&amp;L)</translation>
        </message>
        <message>
            <source>Copy &amp;diagnostics</source>
            <translation>診断情報をコピー(&amp;I)</translation>
        </message>
        <message>
            <source>Copy versions, settings and recent log lines, without your key or private paths, to paste into a bug report</source>
            <translation>バージョン、設定、最近のログを、キーや個人のパスを除いてコピーします。不具合の報告に貼り付けてください</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Jobs</source>
            <translation>ジョブ(&amp;J)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
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
            <translation>長さ</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>解像度</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>アスペクト比</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>フィット</translation>
        </message>
        <message>
            <source>Generate audio</source>
            <translation>音声を生成</translation>
        </message>
        <message>
            <source>4 seconds</source>
            <translation>4 秒</translation>
        </message>
        <message>
            <source>6 seconds</source>
            <translation>6 秒</translation>
        </message>
        <message>
            <source>8 seconds</source>
            <translation>8 秒</translation>
        </message>
        <message>
            <source>Auto (from the first frame)</source>
            <translation>自動 (最初のフレームから)</translation>
        </message>
        <message>
            <source>16:9 landscape</source>
            <translation>16:9 横長</translation>
        </message>
        <message>
            <source>9:16 portrait</source>
            <translation>9:16 縦長</translation>
        </message>
        <message>
            <source>Crop to fill</source>
            <translation>切り抜いて埋める</translation>
        </message>
        <message>
            <source>Pad to fit</source>
            <translation>余白を付けて収める</translation>
        </message>
        <message>
            <source>Leave as is</source>
            <translation>そのまま</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>音声あり</translation>
        </message>
        <message>
            <source>silent</source>
            <translation>音声なし</translation>
        </message>
    </context>
    <context>
        <name>Player</name>
        <message>
            <source>Play (Space)</source>
            <translation>再生 (Space)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>再生位置</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>ミュート</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>音量</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>ループ</translation>
        </message>
        <message>
            <source>Use last frame as next first frame</source>
            <translation>最後のフレームを次の最初のフレームに</translation>
        </message>
        <message>
            <source>Put this video's final frame into the first-frame slot, to continue the scene</source>
            <translation>この動画の最後のフレームを最初のフレームに入れて、シーンを続けます</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>動画</translation>
        </message>
        <message>
            <source>Your video plays here.
Generate one, or pick a finished job.</source>
            <translation>ここで動画が再生されます。
生成するか、完了したジョブを選んでください。</translation>
        </message>
        <message>
            <source>Last frame of the video</source>
            <translation>動画の最後のフレーム</translation>
        </message>
        <message>
            <source>No sound output on this computer</source>
            <translation>このコンピューターには音声出力がありません</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>一時停止 (Space)</translation>
        </message>
        <message>
            <source>Unmute</source>
            <translation>ミュート解除</translation>
        </message>
        <message>
            <source>The video cannot be played: {error}</source>
            <translation>動画を再生できません: {error}</translation>
        </message>
    </context>
    <context>
        <name>PriceEditor</name>
        <message>
            <source>Prices for estimates</source>
            <translation>見積もり用の価格</translation>
        </message>
        <message>
            <source>Used until a video of the same resolution and audio
has finished; then what it really cost.
$1 = {credits} credits.</source>
            <translation>同じ解像度と音声設定の動画が完成するまで使い、
その後は実際にかかった費用を使います。
$1 = {credits} クレジット。</translation>
        </message>
        <message>
            <source>With audio</source>
            <translation>音声あり</translation>
        </message>
        <message>
            <source>Silent</source>
            <translation>音声なし</translation>
        </message>
        <message>
            <source> /s</source>
            <comment>per second, after a price</comment>
            <translation> /秒</translation>
        </message>
        <message>
            <source>Dollars per second at {resolution}, with audio</source>
            <translation>{resolution}、音声ありの 1 秒あたりのドル</translation>
        </message>
        <message>
            <source>Dollars per second at {resolution}, silent</source>
            <translation>{resolution}、音声なしの 1 秒あたりのドル</translation>
        </message>
        <message>
            <source>Where the prices come from</source>
            <translation>価格の出典</translation>
        </message>
        <message>
            <source>When the prices were published</source>
            <translation>価格の公開時期</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>時点</translation>
        </message>
        <message>
            <source>Restore the list price</source>
            <translation>定価に戻す</translation>
        </message>
        <message>
            <source>{source} list price, {date}</source>
            <translation>{source} の定価 ({date})</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>veodesk closed unexpectedly last time. Your jobs are safe: unfinished ones continue by themselves. If it happens again, please report it with the diagnostics, which include what went wrong.</source>
            <translation>前回 veodesk が予期せず終了しました。ジョブは無事です。未完了のジョブは自動的に続行します。再び起きた場合は、問題の内容を含む診断情報を添えて報告してください。</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>診断情報をコピー</translation>
        </message>
        <message>
            <source>Diagnostics copied. They hold no key, no link tokens and no home folder path, so they are safe to paste publicly.</source>
            <translation>診断情報をコピーしました。キー、リンクのトークン、ホームフォルダーのパスは含まれないので、公開の場に貼り付けても安全です。</translation>
        </message>
        <message>
            <source>Could not collect diagnostics: {error}</source>
            <translation>診断情報を集められませんでした: {error}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Using the key from the AIMLAPI_KEY environment variable ({key}). It overrides any key saved here.</source>
            <translation>環境変数 AIMLAPI_KEY のキーを使っています ({key})。ここに保存されたキーより優先されます。</translation>
        </message>
        <message>
            <source>Saved in the system keychain ({key}).</source>
            <translation>システムのキーチェーンに保存されています ({key})。</translation>
        </message>
        <message>
            <source>No system keychain is available, so the key is saved in a file that only your user account can read ({key}). Anyone who can log in as you can read it.</source>
            <translation>システムのキーチェーンが使えないため、キーはあなたのユーザーアカウントだけが読めるファイルに保存されています ({key})。あなたとしてログインできる人は誰でも読めます。</translation>
        </message>
        <message>
            <source>No key yet. Paste the key from your AI/ML API dashboard.</source>
            <translation>キーがまだありません。AI/ML API のダッシュボードからキーを貼り付けてください。</translation>
        </message>
        <message>
            <source>veodesk settings</source>
            <translation>veodesk の設定</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API キー</translation>
        </message>
        <message>
            <source>Saved key {key} — type to replace</source>
            <translation>保存済みのキー {key} — 入力すると置き換えます</translation>
        </message>
        <message>
            <source>Paste your API key</source>
            <translation>API キーを貼り付けてください</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>表示</translation>
        </message>
        <message>
            <source>Show the key while typing</source>
            <translation>入力中のキーを表示</translation>
        </message>
        <message>
            <source>Remove saved key</source>
            <translation>保存済みのキーを削除</translation>
        </message>
        <message>
            <source>⚠ {warning}</source>
            <translation>⚠ {warning}</translation>
        </message>
        <message>
            <source>Get a key at &lt;a href="{url}"&gt;{url}&lt;/a&gt;</source>
            <translation>キーの取得: &lt;a href="{url}"&gt;{url}&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>保存先フォルダー</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <source>Default duration</source>
            <translation>既定の長さ</translation>
        </message>
        <message>
            <source>Default resolution</source>
            <translation>既定の解像度</translation>
        </message>
        <message>
            <source>Default aspect ratio</source>
            <translation>既定のアスペクト比</translation>
        </message>
        <message>
            <source>Default fit</source>
            <translation>既定のフィット</translation>
        </message>
        <message>
            <source>Jobs that may run at once</source>
            <translation>同時に実行できるジョブの数</translation>
        </message>
        <message>
            <source>Notify me when a video is ready and the window is in the background</source>
            <translation>ウィンドウが背面にあるとき、動画ができたら通知する</translation>
        </message>
        <message>
            <source>Play each video as soon as it is ready</source>
            <translation>動画ができたらすぐに再生する</translation>
        </message>
        <message>
            <source>Ask before a storyboard run that costs more than</source>
            <translation>ストーリーボードの実行費用がこの額を超えたら確認する</translation>
        </message>
        <message>
            <source>Generate all and several takes at once ask first when their expected cost is higher than this (0 asks every time)</source>
            <translation>「すべて生成」と複数テイクの同時生成は、予想費用がこの額を超えると先に確認します (0 なら毎回確認します)</translation>
        </message>
        <message>
            <source>Videos</source>
            <translation>動画</translation>
        </message>
        <message>
            <source>Save videos in</source>
            <translation>動画の保存先</translation>
        </message>
        <message>
            <source>Jobs at once</source>
            <translation>同時実行ジョブ数</translation>
        </message>
        <message>
            <source>Ask before a storyboard run above</source>
            <translation>ストーリーボード実行の確認額</translation>
        </message>
        <message>
            <source>Defaults for new videos</source>
            <translation>新しい動画の既定値</translation>
        </message>
        <message>
            <source>API base URL</source>
            <translation>API のベース URL</translation>
        </message>
        <message>
            <source>{url} (default)</source>
            <translation>{url} (既定)</translation>
        </message>
        <message>
            <source>CA bundle file</source>
            <translation>CA バンドルファイル</translation>
        </message>
        <message>
            <source>the system's certificates (default)</source>
            <translation>システムの証明書 (既定)</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>詳細設定</translation>
        </message>
        <message>
            <source>CA bundle</source>
            <translation>CA バンドル</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>System</source>
            <translation>システム</translation>
        </message>
        <message>
            <source>Takes effect when veodesk starts.</source>
            <translation>veodesk の次回起動時に反映されます。</translation>
        </message>
        <message>
            <source>The saved key will be removed when you press Save.</source>
            <translation>「保存」を押すと、保存済みのキーが削除されます。</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>No system keychain was found, so your API key is stored in a file only your user account can read. Anyone who can log in as you can read it.</source>
            <translation>システムのキーチェーンが見つからないため、API キーはあなたのユーザーアカウントだけが読めるファイルに保存されています。あなたとしてログインできる人は誰でも読めます。</translation>
        </message>
        <message>
            <source>Settings saved. The new language takes effect when veodesk starts again.</source>
            <translation>設定を保存しました。新しい言語は veodesk の次回起動時に反映されます。</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>設定を保存しました。</translation>
        </message>
        <message>
            <source>Settings not saved: {error}</source>
            <translation>設定を保存できませんでした: {error}</translation>
        </message>
    </context>
    <context>
        <name>Staging</name>
        <message>
            <source>The job history could not be opened: {error}</source>
            <translation>ジョブの履歴を開けませんでした: {error}</translation>
        </message>
        <message>
            <source>Ready. Add an API key, or try the demo.</source>
            <translation>準備完了。API キーを追加するか、デモを試してください。</translation>
        </message>
        <message>
            <source>Welcome to veodesk. To make videos with Veo 3.1 you need an AI/ML API key: create one at {url} and paste it in the settings. Or try the demo first: it renders a sample video on this computer, with no key and no cost.</source>
            <translation>veodesk へようこそ。Veo 3.1 で動画を作るには AI/ML API のキーが必要です。{url} で作成し、設定に貼り付けてください。まずはデモを試すこともできます。キーも費用もなしで、このコンピューター上でサンプル動画を生成します。</translation>
        </message>
        <message>
            <source>Get a key</source>
            <translation>キーを取得</translation>
        </message>
        <message>
            <source>Open settings</source>
            <translation>設定を開く</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>デモを試す</translation>
        </message>
    </context>
    <context>
        <name>StatusPresenter</name>
        <message>
            <source>Opening the history…</source>
            <translation>履歴を開いています…</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>準備完了。</translation>
        </message>
        <message numerus="yes">
            <source>%n job(s) running</source>
            <translation>
                <numerusform>%n 件のジョブを実行中</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for a free slot</source>
            <translation>
                <numerusform>%n 件が空きを待機中</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Storyboard</name>
        <message>
            <source>Keyframe {number}</source>
            <translation>キーフレーム {number}</translation>
        </message>
        <message>
            <source>missing — relink</source>
            <translation>見つかりません — 再リンク</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <source>Move keyframe {number} left</source>
            <translation>キーフレーム {number} を左へ移動</translation>
        </message>
        <message>
            <source>Move keyframe {number} right</source>
            <translation>キーフレーム {number} を右へ移動</translation>
        </message>
        <message>
            <source>Relink…</source>
            <translation>再リンク…</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>差し替え…</translation>
        </message>
        <message>
            <source>Replace the picture of keyframe {number}</source>
            <translation>キーフレーム {number} の画像を差し替え</translation>
        </message>
        <message>
            <source>Delete keyframe {number}</source>
            <translation>キーフレーム {number} を削除</translation>
        </message>
        <message>
            <source>Drag to move this keyframe; drop pictures here to insert them after it.</source>
            <translation>ドラッグするとこのキーフレームを移動できます。ここに画像をドロップすると、このキーフレームの後ろに挿入します。</translation>
        </message>
        <message>
            <source>Unreadable picture</source>
            <translation>読み込めない画像</translation>
        </message>
        <message>
            <source>Wait for the storyboard's run to end, or stop it, first.</source>
            <translation>先にストーリーボードの実行が終わるのを待つか、実行を停止してください。</translation>
        </message>
        <message>
            <source>Opened {path}.</source>
            <translation>{path} を開きました。</translation>
        </message>
        <message>
            <source>The storyboard could not be saved: {error}</source>
            <translation>ストーリーボードを保存できませんでした: {error}</translation>
        </message>
        <message>
            <source>Choose keyframes</source>
            <translation>キーフレームを選択</translation>
        </message>
        <message>
            <source>Choose keyframes to insert</source>
            <translation>挿入するキーフレームを選択</translation>
        </message>
        <message>
            <source>Choose the picture of keyframe {number}</source>
            <translation>キーフレーム {number} の画像を選択</translation>
        </message>
        <message>
            <source>A storyboard keeps its pictures in its folder: save the web picture, then drop the file.</source>
            <translation>ストーリーボードは画像を自分のフォルダーに保管します。Web の画像をいったん保存してから、そのファイルをドロップしてください。</translation>
        </message>
        <message>
            <source>Every segment needs a finished take before the film plays.</source>
            <translation>映像を再生するには、すべてのセグメントに完成したテイクが必要です。</translation>
        </message>
        <message>
            <source>Segment {number}: {prompt}</source>
            <translation>セグメント {number}: {prompt}</translation>
        </message>
        <message>
            <source>{film}, segment {number}</source>
            <translation>{film}、セグメント {number}</translation>
        </message>
        <message>
            <source>Take {number} (job {job})</source>
            <translation>テイク {number} (ジョブ {job})</translation>
        </message>
        <message>
            <source>To generate</source>
            <translation>未生成</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>実行中…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Check the dashboard</source>
            <translation>ダッシュボードを確認</translation>
        </message>
        <message>
            <source>Segment {number}: keyframe {first} to {last}</source>
            <translation>セグメント {number}: キーフレーム {first} → {last}</translation>
        </message>
        <message>
            <source>No take yet</source>
            <translation>テイクはまだありません</translation>
        </message>
        <message>
            <source>Prompt of segment {number}</source>
            <translation>セグメント {number} のプロンプト</translation>
        </message>
        <message>
            <source>What happens between keyframe {first} and keyframe {last}</source>
            <translation>キーフレーム {first} とキーフレーム {last} の間に起こること</translation>
        </message>
        <message>
            <source>Duration of segment {number}</source>
            <translation>セグメント {number} の長さ</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} 秒</translation>
        </message>
        <message>
            <source>Audio of segment {number}</source>
            <translation>セグメント {number} の音声</translation>
        </message>
        <message>
            <source>Film's audio</source>
            <translation>映像の設定に従う</translation>
        </message>
        <message>
            <source>With audio</source>
            <translation>音声あり</translation>
        </message>
        <message>
            <source>Silent</source>
            <translation>音声なし</translation>
        </message>
        <message>
            <source>Chosen take of segment {number}</source>
            <translation>セグメント {number} で選んだテイク</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>再生</translation>
        </message>
        <message>
            <source>Play the take of segment {number}</source>
            <translation>セグメント {number} のテイクを再生</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Generate segment {number}</source>
            <translation>セグメント {number} を生成</translation>
        </message>
        <message>
            <source>Takes: </source>
            <translation>テイク数: </translation>
        </message>
        <message>
            <source>Takes to generate for segment {number}</source>
            <translation>セグメント {number} で生成するテイクの数</translation>
        </message>
        <message>
            <source>Generate several takes at once, then choose the best</source>
            <translation>複数のテイクを一度に生成して、いちばん良いものを選べます</translation>
        </message>
        <message>
            <source>+ Keyframe</source>
            <translation>+ キーフレーム</translation>
        </message>
        <message>
            <source>Insert a keyframe inside segment {number}</source>
            <translation>セグメント {number} の途中にキーフレームを挿入</translation>
        </message>
        <message>
            <source>Too long</source>
            <translation>長すぎます</translation>
        </message>
        <message>
            <source>Segment {number}: {state}</source>
            <translation>セグメント {number}: {state}</translation>
        </message>
        <message>
            <source>No takes yet</source>
            <translation>テイクはまだありません</translation>
        </message>
        <message>
            <source>No API key yet: save one in Settings, or try the demo, then generate.</source>
            <translation>API キーがまだありません。設定でキーを保存するかデモを試してから、生成してください。</translation>
        </message>
        <message>
            <source>Checking the pictures and prompts…</source>
            <translation>画像とプロンプトを確認しています…</translation>
        </message>
        <message>
            <source>Nothing to send: every segment is done.</source>
            <translation>送信するものはありません。すべてのセグメントが完了しています。</translation>
        </message>
        <message>
            <source>Tasks to send: {count}, about {cost}. Send them?</source>
            <translation>送信するタスク: {count} 件、約 {cost}。送信しますか?</translation>
        </message>
        <message>
            <source>Each task is a paid generation on the AI/ML API. You are asked because the cost is above {threshold}, the amount set in Settings.</source>
            <translation>各タスクは AI/ML API での有料の生成です。費用が設定で指定した金額 {threshold} を超えているため、確認しています。</translation>
        </message>
        <message>
            <source>This is more than your balance of {balance}. You can still send (the balance may lag behind), but tasks may fail.</source>
            <translation>これは残高 {balance} を上回っています。送信はできます (残高の反映が遅れている場合があります) が、タスクが失敗するおそれがあります。</translation>
        </message>
        <message>
            <source>Send the storyboard's tasks?</source>
            <translation>ストーリーボードのタスクを送信しますか?</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>送信</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>何も送信しませんでした。</translation>
        </message>
        <message>
            <source>Sending tasks: {count}, about {cost}…</source>
            <translation>タスクを送信しています: {count} 件、約 {cost}…</translation>
        </message>
        <message>
            <source>Segment {number}: {message}</source>
            <translation>セグメント {number}: {message}</translation>
        </message>
        <message>
            <source>Segments {segments} did not finish; the finished takes are kept and the next run sends only what is left. {reason}</source>
            <translation>セグメント {segments} が完了しませんでした。完成したテイクは残してあり、次の実行では残りだけを送信します。{reason}</translation>
        </message>
        <message>
            <source>Takes finished: {count}.</source>
            <translation>完成したテイク: {count} 件。</translation>
        </message>
        <message>
            <source>Joining the takes into {path}…</source>
            <translation>テイクをつなげて {path} に書き出しています…</translation>
        </message>
        <message>
            <source>The film is ready: {path}</source>
            <translation>映像ができあがりました: {path}</translation>
        </message>
        <message>
            <source>Stopped. Tasks already sent keep running on the server; Generate all fetches them without sending them again.</source>
            <translation>停止しました。送信済みのタスクはサーバーで実行され続けます。「すべて生成」を押すと、再送信せずに結果を受け取ります。</translation>
        </message>
        <message>
            <source>Add at least two keyframes: each pair makes one segment.</source>
            <translation>キーフレームを 2 つ以上追加してください。2 つのキーフレームごとに 1 つのセグメントになります。</translation>
        </message>
        <message>
            <source>Segments: {count}, {seconds} s of film.</source>
            <translation>セグメント: {count} 個、映像 {seconds} 秒。</translation>
        </message>
        <message>
            <source>{length} Relink the missing pictures before generating.</source>
            <translation>{length} 生成する前に、見つからない画像を再リンクしてください。</translation>
        </message>
        <message>
            <source>{length} Every segment is done.</source>
            <translation>{length} すべてのセグメントが完了しています。</translation>
        </message>
        <message>
            <source>{length} Tasks to send: {count}, about {cost}, {source}.</source>
            <translation>{length} 送信するタスク: {count} 件、約 {cost} ({source})。</translation>
        </message>
        <message>
            <source>No storyboard open</source>
            <translation>ストーリーボードが開かれていません</translation>
        </message>
        <message>
            <source>New storyboard</source>
            <translation>新しいストーリーボード</translation>
        </message>
        <message>
            <source>Start a new storyboard in your videos folder</source>
            <translation>動画の保存先フォルダーに新しいストーリーボードを作成します</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>開く…</translation>
        </message>
        <message>
            <source>Open a storyboard project (.veoboard)</source>
            <translation>ストーリーボードのプロジェクト (.veoboard) を開きます</translation>
        </message>
        <message>
            <source>Show folder</source>
            <translation>フォルダーを表示</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <source>Project: new, open, folder</source>
            <translation>プロジェクト: 新規、開く、フォルダー</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>やり直す</translation>
        </message>
        <message>
            <source>Resolution of the film</source>
            <translation>映像の解像度</translation>
        </message>
        <message>
            <source>Aspect ratio of the film</source>
            <translation>映像のアスペクト比</translation>
        </message>
        <message>
            <source>How pictures fit the frame</source>
            <translation>画像を画面に合わせる方法</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>音声</translation>
        </message>
        <message>
            <source>Style, added to every prompt</source>
            <translation>スタイル (すべてのプロンプトに追加)</translation>
        </message>
        <message>
            <source>Style added to every prompt (optional)</source>
            <translation>すべてのプロンプトに追加するスタイル (省略可)</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>スタイル</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>解像度</translation>
        </message>
        <message>
            <source>Aspect</source>
            <translation>アスペクト比</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>フィット</translation>
        </message>
        <message>
            <source>Add keyframes…</source>
            <translation>キーフレームを追加…</translation>
        </message>
        <message>
            <source>Add pictures at the end; several at once are added in file-name order</source>
            <translation>画像を末尾に追加します。複数の画像はファイル名の順に追加されます</translation>
        </message>
        <message>
            <source>Drop two or more pictures here, or press Add keyframes…, to start a storyboard. Each pair of keyframes becomes one segment of the film.</source>
            <translation>ストーリーボードを始めるには、ここに画像を 2 枚以上ドロップするか、「キーフレームを追加…」を押してください。隣り合う 2 つのキーフレームごとに、映像の 1 セグメントになります。</translation>
        </message>
        <message>
            <source>Generate all</source>
            <translation>すべて生成</translation>
        </message>
        <message>
            <source>Send only the segments that are not done</source>
            <translation>完了していないセグメントだけを送信します</translation>
        </message>
        <message>
            <source>Render film</source>
            <translation>映像を書き出す</translation>
        </message>
        <message>
            <source>Generate what is left, then join the chosen takes into one film</source>
            <translation>残りを生成してから、選んだテイクを 1 本の映像につなげます</translation>
        </message>
        <message>
            <source>Play film</source>
            <translation>映像を再生</translation>
        </message>
        <message>
            <source>Play the chosen takes back to back</source>
            <translation>選んだテイクを続けて再生します</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop waiting; tasks already sent keep running and are fetched later</source>
            <translation>待機をやめます。送信済みのタスクは実行され続け、後で受け取ります</translation>
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
            <translation>API から生成タスクではない応答が返されました ({reason})。通常は一時的な問題です。少し待ってからもう一度お試しください。</translation>
        </message>
        <message>
            <source>The billing service redirected to another site ({url}); veodesk does not follow it because your key would go with it. Check the URL in the settings.</source>
            <translation>課金サービスが別のサイト ({url}) にリダイレクトしました。キーも一緒に送られてしまうため、veodesk はリダイレクトに従いません。設定の URL を確認してください。</translation>
        </message>
        <message>
            <source>The API redirected to another site ({url}); veodesk does not follow it because your key would go with it. Check the URL in the settings.</source>
            <translation>API が別のサイト ({url}) にリダイレクトしました。キーも一緒に送られてしまうため、veodesk はリダイレクトに従いません。設定の URL を確認してください。</translation>
        </message>
        <message>
            <source>The billing service answered with something that is not JSON (HTTP {status}). This is usually temporary; try again shortly.</source>
            <translation>課金サービスから JSON ではない応答が返されました (HTTP {status})。通常は一時的な問題です。少し待ってからもう一度お試しください。</translation>
        </message>
        <message>
            <source>The API answered with something that is not JSON (HTTP {status}). This is usually temporary; try again shortly.</source>
            <translation>API から JSON ではない応答が返されました (HTTP {status})。通常は一時的な問題です。少し待ってからもう一度お試しください。</translation>
        </message>
        <message>
            <source>The billing service redirected too many times. Check the URL in the settings.</source>
            <translation>課金サービスのリダイレクトが多すぎます。設定の URL を確認してください。</translation>
        </message>
        <message>
            <source>The API redirected too many times. Check the URL in the settings.</source>
            <translation>API のリダイレクトが多すぎます。設定の URL を確認してください。</translation>
        </message>
        <message>
            <source>The API rejected your key (HTTP {status}). Check the key in the settings or the AIMLAPI_KEY variable, and that your account has credits. The server said: {server}</source>
            <translation>API がキーを拒否しました (HTTP {status})。設定のキーまたは環境変数 AIMLAPI_KEY と、アカウントにクレジットが残っているかを確認してください。サーバーからのメッセージ: {server}</translation>
        </message>
        <message>
            <source>The API rejected your key (HTTP {status}). Check the key in the settings or the AIMLAPI_KEY variable, and that your account has credits.</source>
            <translation>API がキーを拒否しました (HTTP {status})。設定のキーまたは環境変数 AIMLAPI_KEY と、アカウントにクレジットが残っているかを確認してください。</translation>
        </message>
        <message>
            <source>The API does not know this generation (HTTP 404). Check the id. The server said: {server}</source>
            <translation>API はこの生成を認識していません (HTTP 404)。ID を確認してください。サーバーからのメッセージ: {server}</translation>
        </message>
        <message>
            <source>The API does not know this generation (HTTP 404). Check the id.</source>
            <translation>API はこの生成を認識していません (HTTP 404)。ID を確認してください。</translation>
        </message>
        <message>
            <source>The API is rate limiting requests (HTTP 429). Wait a moment and try again. The server said: {server}</source>
            <translation>API がリクエストの数を制限しています (HTTP 429)。少し待ってからもう一度お試しください。サーバーからのメッセージ: {server}</translation>
        </message>
        <message>
            <source>The API is rate limiting requests (HTTP 429). Wait a moment and try again.</source>
            <translation>API がリクエストの数を制限しています (HTTP 429)。少し待ってからもう一度お試しください。</translation>
        </message>
        <message>
            <source>The API did not accept the request (HTTP {status}). The server said: {server}</source>
            <translation>API がリクエストを受け付けませんでした (HTTP {status})。サーバーからのメッセージ: {server}</translation>
        </message>
        <message>
            <source>The API did not accept the request (HTTP {status}). Check the inputs.</source>
            <translation>API がリクエストを受け付けませんでした (HTTP {status})。入力内容を確認してください。</translation>
        </message>
        <message>
            <source>The API had a problem (HTTP {status}). This is usually temporary; try again in a few minutes. The server said: {server}</source>
            <translation>API で問題が発生しました (HTTP {status})。通常は一時的な問題です。数分後にもう一度お試しください。サーバーからのメッセージ: {server}</translation>
        </message>
        <message>
            <source>The API had a problem (HTTP {status}). This is usually temporary; try again in a few minutes.</source>
            <translation>API で問題が発生しました (HTTP {status})。通常は一時的な問題です。数分後にもう一度お試しください。</translation>
        </message>
        <message>
            <source>updated just now</source>
            <translation>たった今更新</translation>
        </message>
        <message>
            <source>updated {minutes} min ago</source>
            <translation>{minutes} 分前に更新</translation>
        </message>
        <message>
            <source>updated {hours} h ago</source>
            <translation>{hours} 時間前に更新</translation>
        </message>
        <message>
            <source>updated {days} days ago</source>
            <translation>{days} 日前に更新</translation>
        </message>
        <message>
            <source>'{name}' is missing</source>
            <translation>'{name}' がありません</translation>
        </message>
        <message>
            <source>'{name}' is not a number</source>
            <translation>'{name}' が数値ではありません</translation>
        </message>
        <message>
            <source>'{name}' is out of range</source>
            <translation>'{name}' が範囲外です</translation>
        </message>
        <message>
            <source>the answer is not an object</source>
            <translation>応答がオブジェクトではありません</translation>
        </message>
        <message>
            <source>'{name}' is not true or false</source>
            <translation>'{name}' が true または false ではありません</translation>
        </message>
        <message>
            <source>'{name}' is not a date</source>
            <translation>'{name}' が日付ではありません</translation>
        </message>
        <message>
            <source>The billing service rejected your key (HTTP {status}), so the balance is unknown. Check the key in the settings or the AIMLAPI_KEY variable. The server said: {server}</source>
            <translation>課金サービスがキーを拒否したため (HTTP {status})、残高は不明です。設定のキーまたは環境変数 AIMLAPI_KEY を確認してください。サーバーからのメッセージ: {server}</translation>
        </message>
        <message>
            <source>The billing service rejected your key (HTTP {status}), so the balance is unknown. Check the key in the settings or the AIMLAPI_KEY variable.</source>
            <translation>課金サービスがキーを拒否したため (HTTP {status})、残高は不明です。設定のキーまたは環境変数 AIMLAPI_KEY を確認してください。</translation>
        </message>
        <message>
            <source>The billing service is rate limiting requests (HTTP 429); the balance will be read again later. The server said: {server}</source>
            <translation>課金サービスがリクエストの数を制限しています (HTTP 429)。残高は後でもう一度読み込みます。サーバーからのメッセージ: {server}</translation>
        </message>
        <message>
            <source>The billing service is rate limiting requests (HTTP 429); the balance will be read again later.</source>
            <translation>課金サービスがリクエストの数を制限しています (HTTP 429)。残高は後でもう一度読み込みます。</translation>
        </message>
        <message>
            <source>The billing service could not give the balance (HTTP {status}). This is usually temporary; try again later. The server said: {server}</source>
            <translation>課金サービスから残高を取得できませんでした (HTTP {status})。通常は一時的な問題です。後でもう一度お試しください。サーバーからのメッセージ: {server}</translation>
        </message>
        <message>
            <source>The billing service could not give the balance (HTTP {status}). This is usually temporary; try again later.</source>
            <translation>課金サービスから残高を取得できませんでした (HTTP {status})。通常は一時的な問題です。後でもう一度お試しください。</translation>
        </message>
        <message>
            <source>The billing service answered with something that is not a balance ({reason}). The balance is unknown for now.</source>
            <translation>課金サービスから残高ではない応答が返されました ({reason})。今のところ残高は不明です。</translation>
        </message>
        <message>
            <source>Downloading the video failed: {reason} The video is kept on the server for a while; resume the job to try again.</source>
            <translation>動画のダウンロードに失敗しました: {reason} 動画はしばらくサーバーに保管されます。もう一度試すにはジョブを再開してください。</translation>
        </message>
        <message>
            <source>Download stopped. Resume the job to finish it.</source>
            <translation>ダウンロードを中止しました。最後までダウンロードするには、ジョブを再開してください。</translation>
        </message>
        <message>
            <source>the partial download no longer matches; starting again</source>
            <translation>途中までダウンロードしたデータが一致しなくなったため、最初からやり直します</translation>
        </message>
        <message>
            <source>the video host answered HTTP {status}</source>
            <translation>動画のホストが HTTP {status} を返しました</translation>
        </message>
        <message>
            <source>The video host refused the download (HTTP {status}). The link may have expired; check the job's status again to get a fresh one.</source>
            <translation>動画のホストがダウンロードを拒否しました (HTTP {status})。リンクの有効期限が切れた可能性があります。ジョブの状態をもう一度確認して、新しいリンクを取得してください。</translation>
        </message>
        <message>
            <source>The video is {size} bytes, more than the {limit}-byte limit.</source>
            <translation>動画は {size} バイトで、上限の {limit} バイトを超えています。</translation>
        </message>
        <message>
            <source>The video is larger than the {limit}-byte limit.</source>
            <translation>動画が上限の {limit} バイトを超えています。</translation>
        </message>
        <message>
            <source>the connection broke after {done} bytes</source>
            <translation>{done} バイトを受信したところで接続が切れました</translation>
        </message>
        <message>
            <source>the connection broke after {done} of {size} bytes</source>
            <translation>{size} バイト中 {done} バイトを受信したところで接続が切れました</translation>
        </message>
        <message>
            <source>What {url} sent is not an MP4 video; nothing was saved.</source>
            <translation>{url} から送られてきたものは MP4 動画ではありません。何も保存していません。</translation>
        </message>
        <message>
            <source>No API key. Set the AIMLAPI_KEY environment variable or save a key in the app's settings. Get a key at {url}.</source>
            <translation>API キーがありません。環境変数 AIMLAPI_KEY を設定するか、アプリの設定でキーを保存してください。キーは {url} で取得できます。</translation>
        </message>
        <message>
            <source>preparing</source>
            <translation>準備中</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>準備完了</translation>
        </message>
        <message>
            <source>submitting</source>
            <translation>送信中</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>待ち行列</translation>
        </message>
        <message>
            <source>generating</source>
            <translation>生成中</translation>
        </message>
        <message>
            <source>downloading</source>
            <translation>ダウンロード中</translation>
        </message>
        <message>
            <source>done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>needs_attention</source>
            <translation>要確認</translation>
        </message>
        <message>
            <source>server: {status}</source>
            <translation>サーバー: {status}</translation>
        </message>
        <message>
            <source>The join failed (exit code {code}); no film was written.</source>
            <translation>つなげる処理に失敗しました (終了コード {code})。映像は書き出されていません。</translation>
        </message>
        <message>
            <source>The join was stopped; no film was written.</source>
            <translation>つなげる処理を中止しました。映像は書き出されていません。</translation>
        </message>
        <message>
            <source>The join's result could not be read ({reason}).</source>
            <translation>つなげた結果を読み込めませんでした ({reason})。</translation>
        </message>
        <message>
            <source>Job {job} is {state} and has no video to join.</source>
            <translation>ジョブ {job} は「{state}」の状態で、つなげる動画がありません。</translation>
        </message>
        <message>
            <source>Job {job}'s video {path} is missing (moved or deleted).</source>
            <translation>ジョブ {job} の動画 {path} が見つかりません (移動または削除されています)。</translation>
        </message>
        <message>
            <source>Give at least two clips to join.</source>
            <translation>つなげるクリップを 2 本以上指定してください。</translation>
        </message>
        <message>
            <source>--output {path} must end in .mp4.</source>
            <translation>--output {path} の末尾は .mp4 にしてください。</translation>
        </message>
        <message>
            <source>--timeline {path} must end in .otio, .xml (Final Cut Pro 7 XML) or .edl (CMX 3600).</source>
            <translation>--timeline {path} の末尾は .otio、.xml (Final Cut Pro 7 XML)、.edl (CMX 3600) のいずれかにしてください。</translation>
        </message>
        <message>
            <source>{path} is one of the clips; choose another --output.</source>
            <translation>{path} はクリップの 1 つです。別の --output を指定してください。</translation>
        </message>
        <message>
            <source>{clips} clips need {needed} keyframes, not {given}.</source>
            <translation>クリップ {clips} 本に必要なキーフレームは {needed} 個です ({given} 個ではありません)。</translation>
        </message>
        <message>
            <source>{option} {path}: the folder {folder} does not exist.</source>
            <translation>{option} {path}: フォルダー {folder} が存在しません。</translation>
        </message>
        <message>
            <source>{option} {path} is a folder; give a file name.</source>
            <translation>{option} {path} はフォルダーです。ファイル名を指定してください。</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it, or choose another name.</source>
            <translation>{path} はすでに存在します。置き換えるには --force を付けるか、別の名前を選んでください。</translation>
        </message>
        <message>
            <source>{path}: {frames} frames is too short for {transition} (needs {need}).</source>
            <translation>{path}: {frames} フレームでは {transition} には短すぎます (必要: {need})。</translation>
        </message>
        <message>
            <source>No output file given.</source>
            <translation>出力ファイルが指定されていません。</translation>
        </message>
        <message>
            <source>{path} appeared while the film was being made; it was kept. Add --force to replace it.</source>
            <translation>映像の作成中に {path} ができたため、そのファイルを残しました。置き換えるには --force を付けてください。</translation>
        </message>
        <message>
            <source>{path}: cannot be opened ({reason}).</source>
            <translation>{path}: 開けません ({reason})。</translation>
        </message>
        <message>
            <source>{path}: no frame could be decoded.</source>
            <translation>{path}: フレームを 1 つもデコードできませんでした。</translation>
        </message>
        <message>
            <source>{path}: too short for {transition}.</source>
            <translation>{path}: {transition} には短すぎます。</translation>
        </message>
        <message>
            <source>{path}: damaged, cannot be read ({reason}).</source>
            <translation>{path}: 破損していて読み込めません ({reason})。</translation>
        </message>
        <message>
            <source>{path}: damaged, cannot be decoded ({reason}).</source>
            <translation>{path}: 破損していてデコードできません ({reason})。</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk is full. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>{path} に書き込めません: ディスクがいっぱいです。何も保存されていません。空き容量を増やすか別のフォルダーを選んでから、もう一度つなげてください。</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk quota is used up. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>{path} に書き込めません: ディスクのクォータを使い切っています。何も保存されていません。空き容量を増やすか別のフォルダーを選んでから、もう一度つなげてください。</translation>
        </message>
        <message>
            <source>Cannot write {path}: the file is larger than this disk or account allows. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>{path} に書き込めません: このディスクまたはアカウントで許される大きさを超えています。何も保存されていません。空き容量を増やすか別のフォルダーを選んでから、もう一度つなげてください。</translation>
        </message>
        <message>
            <source>Cannot write {path}: permission denied. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>{path} に書き込めません: アクセスが拒否されました。何も保存されていません。空き容量を増やすか別のフォルダーを選んでから、もう一度つなげてください。</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk is read-only. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>{path} に書き込めません: ディスクが読み取り専用です。何も保存されていません。空き容量を増やすか別のフォルダーを選んでから、もう一度つなげてください。</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>{path} に書き込めません: {reason}。何も保存されていません。空き容量を増やすか別のフォルダーを選んでから、もう一度つなげてください。</translation>
        </message>
        <message>
            <source>Unknown transition {text}: use cut, crossfade or crossfade:FRAMES (FRAMES from {least} to {most}).</source>
            <translation>不明なトランジション {text} です。cut、crossfade、crossfade:FRAMES のいずれかを使ってください (FRAMES は {least} から {most})。</translation>
        </message>
        <message>
            <source>A cut takes no frame count.</source>
            <translation>カットにはフレーム数を指定できません。</translation>
        </message>
        <message>
            <source>A crossfade of {frames} frames is out of range: use {least} to {most}.</source>
            <translation>{frames} フレームのクロスフェードは範囲外です。{least} から {most} を指定してください。</translation>
        </message>
        <message>
            <source>--mute-clips needs --music: a film with muted clips and no music is silent.</source>
            <translation>--mute-clips には --music が必要です。クリップの音を消して音楽もなければ、映像は無音になります。</translation>
        </message>
        <message>
            <source>A fade of {seconds} s is out of range: use 0 to 10 seconds.</source>
            <translation>{seconds} 秒のフェードは範囲外です。0 から 10 秒を指定してください。</translation>
        </message>
        <message>
            <source>Music {path}: no such file.</source>
            <translation>音楽 {path}: ファイルがありません。</translation>
        </message>
        <message>
            <source>Music {path}: not a sound file FFmpeg can read. Use MP3, WAV, FLAC or AAC.</source>
            <translation>音楽 {path}: FFmpeg が読める音声ファイルではありません。MP3、WAV、FLAC、AAC のいずれかを使ってください。</translation>
        </message>
        <message>
            <source>Music {path}: has no sound.</source>
            <translation>音楽 {path}: 音声がありません。</translation>
        </message>
        <message>
            <source>Music {path}: damaged, cannot be decoded ({reason}).</source>
            <translation>音楽 {path}: 破損していてデコードできません ({reason})。</translation>
        </message>
        <message>
            <source>{path}: no picture could be decoded.</source>
            <translation>{path}: 画像をデコードできませんでした。</translation>
        </message>
        <message>
            <source>{path}: no such file.</source>
            <translation>{path}: ファイルがありません。</translation>
        </message>
        <message>
            <source>{path}: not a video FFmpeg can read ({reason}). Use an MP4 clip.</source>
            <translation>{path}: FFmpeg が読める動画ではありません ({reason})。MP4 のクリップを使ってください。</translation>
        </message>
        <message>
            <source>{path}: has no video stream.</source>
            <translation>{path}: 映像ストリームがありません。</translation>
        </message>
        <message>
            <source>{path}: the video has no picture size.</source>
            <translation>{path}: 動画に画面サイズの情報がありません。</translation>
        </message>
        <message>
            <source>{path}: the video has no frame rate.</source>
            <translation>{path}: 動画にフレームレートの情報がありません。</translation>
        </message>
        <message>
            <source>{path}: damaged ({reason}).</source>
            <translation>{path}: 破損しています ({reason})。</translation>
        </message>
        <message>
            <source>{path}: the video has no frames.</source>
            <translation>{path}: 動画にフレームがありません。</translation>
        </message>
        <message>
            <source>--timeline {path}: Final Cut Pro XML and EDL need a standard frame rate (23.976, 24, 25, 29.97, 30, 50, 60 ...), and this film is at {fps} fps. Use a .otio timeline instead.</source>
            <translation>--timeline {path}: Final Cut Pro XML と EDL には標準のフレームレート (23.976、24、25、29.97、30、50、60 など) が必要ですが、この映像は {fps} fps です。代わりに .otio のタイムラインを使ってください。</translation>
        </message>
        <message>
            <source>{path}: use .otio, .xml or .edl.</source>
            <translation>{path}: .otio、.xml、.edl のいずれかを使ってください。</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it.</source>
            <translation>{path} はすでに存在します。置き換えるには --force を付けてください。</translation>
        </message>
        <message>
            <source>Could not set up a secure connection to {url}. Check the date and time of this computer, and any proxy or CA setting.</source>
            <translation>{url} との安全な接続を確立できませんでした。このコンピューターの日付と時刻、およびプロキシや CA の設定を確認してください。</translation>
        </message>
        <message>
            <source>{url} did not answer in time. Check your connection and try again.</source>
            <translation>{url} から時間内に応答がありませんでした。接続を確認して、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The connection to {url} broke before an answer arrived. Check your connection and try again.</source>
            <translation>応答が届く前に {url} との接続が切れました。接続を確認して、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Could not connect to {url}. Check your internet connection (and the API base URL in the settings).</source>
            <translation>{url} に接続できませんでした。インターネット接続 (と設定の API のベース URL) を確認してください。</translation>
        </message>
        <message>
            <source>The answer from {url} is larger than {limit} bytes; refusing to read it.</source>
            <translation>{url} からの応答が {limit} バイトを超えているため、読み込みません。</translation>
        </message>
        <message>
            <source>The connection to {url} broke while reading the answer. Try again.</source>
            <translation>応答の読み込み中に {url} との接続が切れました。もう一度お試しください。</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} または {second}</translation>
        </message>
        <message>
            <source>{others}, {before_last} or {last}</source>
            <translation>{others}、{before_last}、または {last}</translation>
        </message>
        <message>
            <source>{first}, {rest}</source>
            <translation>{first}、{rest}</translation>
        </message>
        <message>
            <source>its embedded colour profile could not be used, so colours may shift a little</source>
            <translation>埋め込まれたカラープロファイルを使えなかったため、色が少し変わることがあります</translation>
        </message>
        <message>
            <source>Resolution {value} is not offered; choose {choices}.</source>
            <translation>解像度 {value} は選べません。{choices} から選んでください。</translation>
        </message>
        <message>
            <source>Aspect ratio {value} is not offered; choose {choices}.</source>
            <translation>アスペクト比 {value} は選べません。{choices} から選んでください。</translation>
        </message>
        <message>
            <source>Fit {value} is not offered; choose {choices}.</source>
            <translation>フィット {value} は選べません。{choices} から選んでください。</translation>
        </message>
        <message>
            <source>Crop anchor {value} must be two numbers between 0 and 1.</source>
            <translation>切り抜きの基準点 {value} は、0 から 1 までの 2 つの数値で指定してください。</translation>
        </message>
        <message>
            <source>Aspect ratio {value} has no frame size; choose {choices}.</source>
            <translation>アスペクト比 {value} にはフレームサイズがありません。{choices} から選んでください。</translation>
        </message>
        <message>
            <source>{frame}: {warning}.</source>
            <translation>{frame}: {warning}。</translation>
        </message>
        <message>
            <source>{frame} is only {width}×{height} pixels; below {min_side} pixels on its short side it will look soft in the video.</source>
            <translation>{frame} は {width}×{height} ピクセルしかありません。短い辺が {min_side} ピクセル未満だと、動画ではぼやけて見えます。</translation>
        </message>
        <message>
            <source>{frame}: the part kept by the {aspect_ratio} crop is only {width}×{height} pixels, so it will look soft in the video. Choose a larger picture, or the pad fit to keep all of it.</source>
            <translation>{frame}: {aspect_ratio} の切り抜きで残る部分が {width}×{height} ピクセルしかないため、動画ではぼやけて見えます。もっと大きな画像を選ぶか、画像全体を残すならフィットを「余白を付けて収める」にしてください。</translation>
        </message>
        <message>
            <source>{frame} is {ratio} and is sent as it is, but the video is {aspect_ratio}; the service may crop or stretch it. Choose the crop or pad fit to decide yourself.</source>
            <translation>{frame} は {ratio} のまま送信されますが、動画は {aspect_ratio} です。サービス側で切り抜かれたり引き伸ばされたりすることがあります。自分で決めるには、フィットを「切り抜いて埋める」か「余白を付けて収める」にしてください。</translation>
        </message>
        <message>
            <source>The first and last frames are the same picture, so the video starts and ends on the same frame. That suits a loop; otherwise choose a different last frame.</source>
            <translation>最初と最後のフレームが同じ画像なので、動画は同じフレームで始まり、同じフレームで終わります。ループには向いていますが、そうでなければ別の最後のフレームを選んでください。</translation>
        </message>
        <message>
            <source>The first and last frames have different shapes ({first} and {last}); each is fitted on its own, so the framing may jump.</source>
            <translation>最初と最後のフレームの形が違います ({first} と {last})。それぞれ別々に合わせるため、構図が途中で飛ぶことがあります。</translation>
        </message>
        <message>
            <source>The first and last frames differ a lot in size ({first_width}×{first_height} and {last_width}×{last_height}); the smaller one will look softer.</source>
            <translation>最初と最後のフレームの大きさがかなり違います ({first_width}×{first_height} と {last_width}×{last_height})。小さいほうはぼやけて見えます。</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>最初のフレーム</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>最後のフレーム</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>画像</translation>
        </message>
        <message>
            <source>No first frame was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>最初のフレームが選ばれていません。JPEG、PNG、WebP、BMP、TIFF、GIF、HEIC、AVIF のいずれかのファイルを選んでください。</translation>
        </message>
        <message>
            <source>No last frame was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>最後のフレームが選ばれていません。JPEG、PNG、WebP、BMP、TIFF、GIF、HEIC、AVIF のいずれかのファイルを選んでください。</translation>
        </message>
        <message>
            <source>No image was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>画像が選ばれていません。JPEG、PNG、WebP、BMP、TIFF、GIF、HEIC、AVIF のいずれかのファイルを選んでください。</translation>
        </message>
        <message>
            <source>No {frame} was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>{frame} が選ばれていません。JPEG、PNG、WebP、BMP、TIFF、GIF、HEIC、AVIF のいずれかのファイルを選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a {scheme}: address, which veodesk does not send. Choose a file on this computer, or give an http(s) URL.</source>
            <translation>{frame} "{path}" は {scheme}: のアドレスで、veodesk はこれを送信しません。このコンピューター上のファイルを選ぶか、http(s) の URL を指定してください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" does not exist. Check the path, or choose the file again.</source>
            <translation>{frame} "{path}" は存在しません。パスを確認するか、ファイルをもう一度選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" cannot be read ({reason}). Choose another file.</source>
            <translation>{frame} "{path}" を読み込めません ({reason})。別のファイルを選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a folder, not an image. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>{frame} "{path}" は画像ではなくフォルダーです。JPEG、PNG、WebP、BMP、TIFF、GIF、HEIC、AVIF のいずれかのファイルを選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" is not a regular file. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>{frame} "{path}" は通常のファイルではありません。JPEG、PNG、WebP、BMP、TIFF、GIF、HEIC、AVIF のいずれかのファイルを選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" is empty (0 bytes). Export or download the picture again.</source>
            <translation>{frame} "{path}" は空です (0 バイト)。画像をもう一度書き出すか、ダウンロードし直してください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" cannot be read: permission denied. Check the file's permissions, or copy it to a folder of yours and choose the copy.</source>
            <translation>{frame} "{path}" を読み込めません: アクセスが拒否されました。ファイルのアクセス権を確認するか、自分のフォルダーにコピーしてそのコピーを選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a HEIC/HEIF picture, which needs an optional plugin. Install it with: {command}, or save the picture as JPEG.</source>
            <translation>{frame} "{path}" は HEIC/HEIF 画像で、読み込むには追加のプラグインが必要です。プラグインは {command} でインストールできます。または、画像を JPEG で保存してください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" is an AVIF picture, and this installation of Pillow cannot read AVIF. Install a Pillow with AVIF support ({command}), or save the picture as JPEG.</source>
            <translation>{frame} "{path}" は AVIF 画像ですが、インストールされている Pillow は AVIF を読めません。AVIF に対応した Pillow をインストールする ({command}) か、画像を JPEG で保存してください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" is not an image veodesk can read. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>{frame} "{path}" は veodesk が読める画像ではありません。JPEG、PNG、WebP、BMP、TIFF、GIF、HEIC、AVIF のいずれかのファイルを選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" disappeared while it was being read. Choose the file again.</source>
            <translation>{frame} "{path}" が読み込み中に消えました。ファイルをもう一度選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" uses a colour mode ({mode}) that veodesk cannot convert. Save it as an RGB JPEG or PNG and choose that.</source>
            <translation>{frame} "{path}" は veodesk が変換できないカラーモード ({mode}) を使っています。RGB の JPEG か PNG で保存して、そのファイルを選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" is too large to decode on this computer. Choose a smaller picture.</source>
            <translation>{frame} "{path}" は大きすぎて、このコンピューターではデコードできません。もっと小さい画像を選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" could not be read ({reason}). Choose another file.</source>
            <translation>{frame} "{path}" を読み込めませんでした ({reason})。別のファイルを選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" is damaged or incomplete (truncated or corrupt). Export or download it again, or choose another file.</source>
            <translation>{frame} "{path}" は破損しているか不完全です (途中で切れているか壊れています)。もう一度書き出すかダウンロードし直すか、別のファイルを選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" has {width}×{height} pixels, over the safety limit of {limit} megapixels that guards against decompression bombs. Shrink it in an image editor first, or choose another file.</source>
            <translation>{frame} "{path}" は {width}×{height} ピクセルで、解凍爆弾を防ぐための安全上の上限 {limit} メガピクセルを超えています。先に画像編集ソフトで縮小するか、別のファイルを選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" has more pixels, over the safety limit of {limit} megapixels that guards against decompression bombs. Shrink it in an image editor first, or choose another file.</source>
            <translation>{frame} "{path}" のピクセル数は、解凍爆弾を防ぐための安全上の上限 {limit} メガピクセルを超えています。先に画像編集ソフトで縮小するか、別のファイルを選んでください。</translation>
        </message>
        <message>
            <source>{frame} "{path}" is only {width}×{height} pixels, too small to be useful. Choose a picture at least {min_side} pixels on each side (720 or more is best).</source>
            <translation>{frame} "{path}" は {width}×{height} ピクセルしかなく、小さすぎて使えません。各辺が {min_side} ピクセル以上の画像を選んでください (720 以上が最適です)。</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a URL; previews are made from files on this computer only.</source>
            <translation>{frame} "{path}" は URL です。プレビューはこのコンピューター上のファイルからしか作れません。</translation>
        </message>
        <message>
            <source>The prompt is empty. Describe what happens between the frames.</source>
            <translation>プロンプトが空です。フレームの間に起こることを書いてください。</translation>
        </message>
        <message>
            <source>The prompt is {length} characters long; shorten it to at most {limit}.</source>
            <translation>プロンプトが {length} 文字あります。{limit} 文字以内に短くしてください。</translation>
        </message>
        <message>
            <source>Choose a first frame.</source>
            <translation>最初のフレームを選んでください。</translation>
        </message>
        <message>
            <source>Choose a last frame.</source>
            <translation>最後のフレームを選んでください。</translation>
        </message>
        <message>
            <source>Duration {value} is not offered; choose {choices} seconds.</source>
            <translation>長さ {value} は選べません。{choices} 秒から選んでください。</translation>
        </message>
        <message>
            <source>Audio must be on or off.</source>
            <translation>音声はオンかオフのどちらかにしてください。</translation>
        </message>
        <message>
            <source>expected a JSON object</source>
            <translation>JSON オブジェクトではありません</translation>
        </message>
        <message>
            <source>missing or invalid 'id'</source>
            <translation>'id' がないか無効です</translation>
        </message>
        <message>
            <source>missing or invalid 'status'</source>
            <translation>'status' がないか無効です</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>長さ</translation>
        </message>
        <message>
            <source>4 seconds</source>
            <translation>4 秒</translation>
        </message>
        <message>
            <source>6 seconds</source>
            <translation>6 秒</translation>
        </message>
        <message>
            <source>8 seconds</source>
            <translation>8 秒</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>解像度</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>アスペクト比</translation>
        </message>
        <message>
            <source>Auto (from the first frame)</source>
            <translation>自動 (最初のフレームから)</translation>
        </message>
        <message>
            <source>16:9 landscape</source>
            <translation>16:9 横長</translation>
        </message>
        <message>
            <source>9:16 portrait</source>
            <translation>9:16 縦長</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>フィット</translation>
        </message>
        <message>
            <source>Crop to fill</source>
            <translation>切り抜いて埋める</translation>
        </message>
        <message>
            <source>Pad to fit</source>
            <translation>余白を付けて収める</translation>
        </message>
        <message>
            <source>Leave as is</source>
            <translation>そのまま</translation>
        </message>
        <message>
            <source>Generate audio</source>
            <translation>音声を生成</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>音声あり</translation>
        </message>
        <message>
            <source>silent</source>
            <translation>音声なし</translation>
        </message>
        <message>
            <source>Stopped waiting. The API cannot cancel a task, so it keeps running (and is paid for); resume the job later to fetch the video.</source>
            <translation>待つのをやめました。API はタスクをキャンセルできないため、タスクは実行され続けます (料金もかかります)。動画を受け取るには、後でジョブを再開してください。</translation>
        </message>
        <message>
            <source>The video is not ready yet (last status: {status}). It keeps rendering on the server; resume the job later to fetch it.</source>
            <translation>動画はまだできていません (最後の状態: {status})。サーバーで生成が続いています。後でジョブを再開して受け取ってください。</translation>
        </message>
        <message>
            <source>Job {job} has no saved frames to send again; start a new job instead.</source>
            <translation>ジョブ {job} には再送信できる保存済みのフレームがありません。代わりに新しいジョブを始めてください。</translation>
        </message>
        <message>
            <source>Job {job}: {reason}</source>
            <translation>ジョブ {job}: {reason}</translation>
        </message>
        <message>
            <source>copy of job {job} without audio</source>
            <translation>ジョブ {job} の音声なしのコピー</translation>
        </message>
        <message>
            <source>copy of job {job}</source>
            <translation>ジョブ {job} のコピー</translation>
        </message>
        <message>
            <source>Job {job} is being worked on elsewhere.</source>
            <translation>ジョブ {job} は別の場所で処理中です。</translation>
        </message>
        <message>
            <source>not created; nothing was charged</source>
            <translation>作成されませんでした。料金はかかっていません</translation>
        </message>
        <message>
            <source>{reason} Trying again in {seconds} s (nothing was created).</source>
            <translation>{reason} {seconds} 秒後にもう一度試します (何も作成されていません)。</translation>
        </message>
        <message>
            <source>sending cancelled; nothing was sent</source>
            <translation>送信を取り消しました。何も送信していません</translation>
        </message>
        <message>
            <source>Cancelled before the task was created.</source>
            <translation>タスクが作成される前に取り消しました。</translation>
        </message>
        <message>
            <source>refused by the API</source>
            <translation>API に拒否されました</translation>
        </message>
        <message>
            <source>created as {generation_id}</source>
            <translation>{generation_id} として作成されました</translation>
        </message>
        <message>
            <source>The request was sent, but no usable answer came back ({reason}). The task may have been created and charged. Check your dashboard before submitting again: submitting again may cost credits.</source>
            <translation>リクエストは送信されましたが、使える応答が返ってきませんでした ({reason})。タスクが作成され、料金が発生している可能性があります。再送信する前にダッシュボードを確認してください。再送信するとクレジットがかかることがあります。</translation>
        </message>
        <message>
            <source>outcome of POST unknown</source>
            <translation>POST の結果が不明です</translation>
        </message>
        <message>
            <source>{reason} Checking again in {seconds} s.</source>
            <translation>{reason} {seconds} 秒後にもう一度確認します。</translation>
        </message>
        <message>
            <source>the API no longer knows this generation</source>
            <translation>API はこの生成をもう認識していません</translation>
        </message>
        <message>
            <source>The generation failed. The server said: {server}</source>
            <translation>生成に失敗しました。サーバーからのメッセージ: {server}</translation>
        </message>
        <message>
            <source>The generation failed. The server said: no reason given</source>
            <translation>生成に失敗しました。サーバーは理由を示しませんでした。</translation>
        </message>
        <message>
            <source>The generation finished, but the server reported it finished but gave no video URL. Contact the API's support.</source>
            <translation>生成は完了しましたが、サーバーは完了を報告したものの動画の URL を返しませんでした。API のサポートに問い合わせてください。</translation>
        </message>
        <message>
            <source>saved {name}</source>
            <translation>{name} を保存しました</translation>
        </message>
        <message>
            <source>Job {job} is being worked on by another veodesk window or command.</source>
            <translation>ジョブ {job} は別の veodesk のウィンドウまたはコマンドで処理中です。</translation>
        </message>
        <message>
            <source>veodesk stopped while sending it</source>
            <translation>送信中に veodesk が終了しました</translation>
        </message>
        <message>
            <source>The CA bundle {path} in the settings does not exist; choose a PEM file or clear the setting.</source>
            <translation>設定の CA バンドル {path} が存在しません。PEM ファイルを選ぶか、設定を空にしてください。</translation>
        </message>
        <message>
            <source>A storyboard holds at most {most} keyframes.</source>
            <translation>ストーリーボードに入れられるキーフレームは {most} 個までです。</translation>
        </message>
        <message>
            <source>Add keyframes</source>
            <translation>キーフレームの追加</translation>
        </message>
        <message>
            <source>Add keyframe</source>
            <translation>キーフレームの追加</translation>
        </message>
        <message>
            <source>Delete keyframe</source>
            <translation>キーフレームの削除</translation>
        </message>
        <message>
            <source>Move keyframe</source>
            <translation>キーフレームの移動</translation>
        </message>
        <message>
            <source>Swap keyframes</source>
            <translation>キーフレームの入れ替え</translation>
        </message>
        <message>
            <source>Replace keyframe</source>
            <translation>キーフレームの差し替え</translation>
        </message>
        <message>
            <source>A prompt holds at most {most} characters.</source>
            <translation>プロンプトは {most} 文字までです。</translation>
        </message>
        <message>
            <source>Edit prompt</source>
            <translation>プロンプトの編集</translation>
        </message>
        <message>
            <source>Duration {value} is not offered.</source>
            <translation>長さ {value} は選べません。</translation>
        </message>
        <message>
            <source>Change duration</source>
            <translation>長さの変更</translation>
        </message>
        <message>
            <source>Change audio</source>
            <translation>音声の変更</translation>
        </message>
        <message>
            <source>Job {job} is not a take of segment {segment}.</source>
            <translation>ジョブ {job} はセグメント {segment} のテイクではありません。</translation>
        </message>
        <message>
            <source>Choose take</source>
            <translation>テイクの選択</translation>
        </message>
        <message>
            <source>Change film settings</source>
            <translation>映像の設定の変更</translation>
        </message>
        <message>
            <source>The keyframe {number}'s picture "{path}" cannot be read ({reason}). Put the file back or replace the keyframe.</source>
            <translation>キーフレーム {number} の画像 "{path}" を読み込めません ({reason})。ファイルを元の場所に戻すか、キーフレームを差し替えてください。</translation>
        </message>
        <message>
            <source>The picture "{path}" cannot be read ({reason}). Put the file back or replace the keyframe.</source>
            <translation>画像 "{path}" を読み込めません ({reason})。ファイルを元の場所に戻すか、キーフレームを差し替えてください。</translation>
        </message>
        <message>
            <source>Storyboard {path} ({where}): {problem}</source>
            <translation>ストーリーボード {path} ({where}): {problem}</translation>
        </message>
        <message>
            <source>Storyboard {path}: {problem}</source>
            <translation>ストーリーボード {path}: {problem}</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>オブジェクト</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>リスト</translation>
        </message>
        <message>
            <source>must be a JSON object {shape}.</source>
            <translation>JSON オブジェクト {shape} である必要があります。</translation>
        </message>
        <message>
            <source>must be a JSON list {shape}.</source>
            <translation>JSON リスト {shape} である必要があります。</translation>
        </message>
        <message>
            <source>must be a text.</source>
            <translation>テキストである必要があります。</translation>
        </message>
        <message>
            <source>must be a text that is not empty.</source>
            <translation>空でないテキストである必要があります。</translation>
        </message>
        <message>
            <source>contains a NUL character.</source>
            <translation>NUL 文字が含まれています。</translation>
        </message>
        <message>
            <source>must be {choices}, not {value}.</source>
            <translation>{value} ではなく、{choices} である必要があります。</translation>
        </message>
        <message>
            <source>must be true or false.</source>
            <translation>true か false である必要があります。</translation>
        </message>
        <message>
            <source>must be a job number (a whole number above 0).</source>
            <translation>ジョブ番号 (0 より大きい整数) である必要があります。</translation>
        </message>
        <message>
            <source>is missing.</source>
            <translation>項目がありません。</translation>
        </message>
        <message>
            <source>cannot be "auto": every segment must share one shape. Use "16:9" or "9:16".</source>
            <translation>"auto" にはできません。すべてのセグメントが同じ形である必要があります。"16:9" か "9:16" を使ってください。</translation>
        </message>
        <message>
            <source>has no "image": name the picture, e.g. "frames/a.jpg".</source>
            <translation>"image" がありません。画像を指定してください (例: "frames/a.jpg")。</translation>
        </message>
        <message>
            <source>is not a job state: {value}.</source>
            <translation>ジョブの状態ではありません: {value}。</translation>
        </message>
        <message>
            <source>has no "prompt".</source>
            <translation>"prompt" がありません。</translation>
        </message>
        <message>
            <source>has no "duration" (4, 6 or 8 seconds).</source>
            <translation>"duration" がありません (4、6、8 秒のいずれか)。</translation>
        </message>
        <message>
            <source>is not a veodesk storyboard (no "format": "{format}").</source>
            <translation>veodesk のストーリーボードではありません ("format": "{format}" がありません)。</translation>
        </message>
        <message>
            <source>must be a whole number; this veodesk writes {version}.</source>
            <translation>整数である必要があります。この veodesk が書き出すのは {version} です。</translation>
        </message>
        <message>
            <source>was written by a newer veodesk (format {version}; this one reads {supported}). Update veodesk to open it.</source>
            <translation>新しい veodesk で書き出されています (形式 {version}。この veodesk が読めるのは {supported})。開くには veodesk を更新してください。</translation>
        </message>
        <message>
            <source>has {count}; a storyboard has {least} to {most}.</source>
            <translation>{count} 個あります。ストーリーボードには {least} から {most} 個が必要です。</translation>
        </message>
        <message>
            <source>has {count}, but {keyframes} keyframes need exactly {needed} (one between each pair).</source>
            <translation>{count} 個ありますが、キーフレーム {keyframes} 個にはちょうど {needed} 個が必要です (隣り合う 2 つの間に 1 つずつ)。</translation>
        </message>
        <message>
            <source>two segments have the same "id".</source>
            <translation>2 つのセグメントの "id" が同じです。</translation>
        </message>
        <message>
            <source>is larger than {size} MB; it is not a storyboard.</source>
            <translation>{size} MB を超えています。ストーリーボードではありません。</translation>
        </message>
        <message>
            <source>is not UTF-8 text; it is damaged or not a storyboard.</source>
            <translation>UTF-8 のテキストではありません。破損しているか、ストーリーボードではありません。</translation>
        </message>
        <message>
            <source>is not valid JSON ({reason}); it is damaged.</source>
            <translation>有効な JSON ではありません ({reason})。破損しています。</translation>
        </message>
        <message>
            <source>cannot be read ({reason}).</source>
            <translation>読み込めません ({reason})。</translation>
        </message>
        <message>
            <source>The storyboard {path} is open in another veodesk window or command. Close it there (or wait for its render to end), then try again.</source>
            <translation>ストーリーボード {path} は別の veodesk のウィンドウまたはコマンドで開かれています。そちらで閉じてから (または書き出しが終わるのを待ってから)、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Keyframe {number}'s picture {picture} is missing. Put it back or replace the keyframe (in {path}).</source>
            <translation>キーフレーム {number} の画像 {picture} が見つかりません。ファイルを元の場所に戻すか、キーフレームを差し替えてください ({path})。</translation>
        </message>
        <message>
            <source>segment {segment}: {warning}</source>
            <translation>セグメント {segment}: {warning}</translation>
        </message>
        <message>
            <source>{path} already exists; choose another --output or add --force to replace it.</source>
            <translation>{path} はすでに存在します。別の --output を指定するか、置き換えるには --force を付けてください。</translation>
        </message>
        <message>
            <source>{path} is not a file; choose another --output.</source>
            <translation>{path} はファイルではありません。別の --output を指定してください。</translation>
        </message>
        <message>
            <source>Cannot write {path}: its folder does not exist or is not writable.</source>
            <translation>{path} に書き込めません: フォルダーが存在しないか、書き込みできません。</translation>
        </message>
        <message>
            <source>Ask for 1 to {most} takes at a time.</source>
            <translation>一度に生成するテイクは 1 から {most} 個にしてください。</translation>
        </message>
        <message>
            <source>There is no segment {segment}.</source>
            <translation>セグメント {segment} はありません。</translation>
        </message>
        <message>
            <source>segment {segment} (job {job})</source>
            <translation>セグメント {segment} (ジョブ {job})</translation>
        </message>
        <message>
            <source>Segment {segment} has no prompt: describe what happens between keyframes {first} and {last} (in {path}).</source>
            <translation>セグメント {segment} にプロンプトがありません。キーフレーム {first} と {last} の間に起こることを書いてください ({path})。</translation>
        </message>
        <message>
            <source>Segment {segment}: {reason}</source>
            <translation>セグメント {segment}: {reason}</translation>
        </message>
        <message>
            <source>Nothing was sent. For {segments} a request was sent but no answer came back, so a task may have been created and charged. Check your dashboard; to send one again, run 'veodesk-cli resubmit JOB --yes' (it stays a take of its segment), then render again.</source>
            <translation>何も送信しませんでした。{segments} はリクエストを送信したのに応答が返ってこなかったため、タスクが作成され、料金が発生している可能性があります。ダッシュボードを確認してください。もう一度送信するには 'veodesk-cli resubmit JOB --yes' を実行し (そのセグメントのテイクのままです)、それから書き出し直してください。</translation>
        </message>
        <message>
            <source>sending job {job}</source>
            <translation>ジョブ {job} を送信中</translation>
        </message>
        <message>
            <source>resuming job {job} ({generation_id})</source>
            <translation>ジョブ {job} を再開中 ({generation_id})</translation>
        </message>
        <message>
            <source>Job {job} ended {state}: {reason}.</source>
            <translation>ジョブ {job} は「{state}」で終了しました: {reason}。</translation>
        </message>
        <message>
            <source>Job {job} ended {state}: no video.</source>
            <translation>ジョブ {job} は「{state}」で終了しました: 動画はありません。</translation>
        </message>
        <message>
            <source>done (job {job})</source>
            <translation>完了 (ジョブ {job})</translation>
        </message>
        <message>
            <source>A segment has no finished take to join.</source>
            <translation>完成したテイクのないセグメントがあるため、つなげられません。</translation>
        </message>
        <message>
            <source>failed: {reason}</source>
            <translation>失敗: {reason}</translation>
        </message>
        <message>
            <source>The saved frame {path} is missing ({reason}); start a new job from the original pictures.</source>
            <translation>保存済みのフレーム {path} が見つかりません ({reason})。元の画像から新しいジョブを始めてください。</translation>
        </message>
        <message>
            <source>VEODESK_BILLING_URL {url} is not an http(s) URL; use e.g. {example}.</source>
            <translation>VEODESK_BILLING_URL {url} は http(s) の URL ではありません。{example} のような URL を使ってください。</translation>
        </message>
        <message>
            <source>API base URL {url} is not an http(s) URL; use e.g. {example}.</source>
            <translation>API のベース URL {url} は http(s) の URL ではありません。{example} のような URL を使ってください。</translation>
        </message>
        <message>
            <source>VEODESK_BILLING_URL {url} uses plain http, which would send your key unencrypted; use https (plain http is allowed only for 127.0.0.1/localhost).</source>
            <translation>VEODESK_BILLING_URL {url} は暗号化されない http を使っているため、キーが暗号化されずに送られてしまいます。https を使ってください (http を使えるのは 127.0.0.1/localhost だけです)。</translation>
        </message>
        <message>
            <source>API base URL {url} uses plain http, which would send your key unencrypted; use https (plain http is allowed only for 127.0.0.1/localhost).</source>
            <translation>API のベース URL {url} は暗号化されない http を使っているため、キーが暗号化されずに送られてしまいます。https を使ってください (http を使えるのは 127.0.0.1/localhost だけです)。</translation>
        </message>
        <message>
            <source>VEODESK_BILLING_URL {url} must not contain credentials, a query or a fragment.</source>
            <translation>VEODESK_BILLING_URL {url} には、認証情報、クエリ、フラグメントを含めないでください。</translation>
        </message>
        <message>
            <source>API base URL {url} must not contain credentials, a query or a fragment.</source>
            <translation>API のベース URL {url} には、認証情報、クエリ、フラグメントを含めないでください。</translation>
        </message>
        <message>
            <source>The generation finished, but the video URL is not an http(s) URL. Contact the API's support.</source>
            <translation>生成は完了しましたが、動画の URL が http(s) の URL ではありません。API のサポートに問い合わせてください。</translation>
        </message>
        <message>
            <source>The generation finished, but the video URL points at this computer. Contact the API's support.</source>
            <translation>生成は完了しましたが、動画の URL がこのコンピューターを指しています。API のサポートに問い合わせてください。</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>Open settings</source>
            <translation>設定を開く</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>デモを試す</translation>
        </message>
        <message>
            <source>Resume now</source>
            <translation>今すぐ再開</translation>
        </message>
        <message>
            <source>Choose another</source>
            <translation>別の画像を選ぶ</translation>
        </message>
        <message>
            <source>Job {job}: {problem}</source>
            <translation>ジョブ {job}: {problem}</translation>
        </message>
        <message>
            <source>Job {job}: The API refused your key ({reason}). Check it in the settings, or create a new one at {url}.</source>
            <translation>ジョブ {job}: API がキーを拒否しました ({reason})。設定でキーを確認するか、{url} で新しいキーを作成してください。</translation>
        </message>
        <message>
            <source>The API refused your key ({reason}). Check it in the settings, or create a new one at {url}.</source>
            <translation>API がキーを拒否しました ({reason})。設定でキーを確認するか、{url} で新しいキーを作成してください。</translation>
        </message>
        <message>
            <source>Job {job}: {problem} The job is kept: resume it from the history when you are ready.</source>
            <translation>ジョブ {job}: {problem} ジョブは残してあります。準備ができたら履歴から再開してください。</translation>
        </message>
    </context>
</TS>
