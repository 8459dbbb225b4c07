<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BuildPage</name>
    <message>
        <location filename="../ui/buildpage.ui" />
        <source>Step 4: build</source>
        <translation>Schritt 4: Bauen</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;4. Build the firmware&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;4. Firmware bauen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>TinyDeploy asks the template to generate a project from the model, then builds it. The log shows what the compiler says.</source>
        <translation>TinyDeploy lässt die Vorlage aus dem Modell ein Projekt generieren und baut es dann. Das Protokoll zeigt die Ausgaben des Compilers.</translation>
    </message>
    <message>
        <location />
        <source>Step status</source>
        <translation>Status des Schritts</translation>
    </message>
    <message>
        <location />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location />
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location />
        <source>Cancel the step</source>
        <translation>Schritt abbrechen</translation>
    </message>
    <message>
        <location />
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location />
        <source>Retry the failed step</source>
        <translation>Fehlgeschlagenen Schritt wiederholen</translation>
    </message>
</context>
<context>
    <name>FlashPage</name>
    <message>
        <location filename="../ui/flashpage.ui" />
        <source>Step 5: flash</source>
        <translation>Schritt 5: Flashen</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;5. Flash the device&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;5. Gerät flashen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>The firmware is written to the board (or an emulated board is started). The port the device answers on is shown below.</source>
        <translation>Die Firmware wird auf das Board geschrieben (oder ein emuliertes Board wird gestartet). Der Port, an dem das Gerät antwortet, wird unten angezeigt.</translation>
    </message>
    <message>
        <location />
        <source>Step status</source>
        <translation>Status des Schritts</translation>
    </message>
    <message>
        <location />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location />
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location />
        <source>Cancel the step</source>
        <translation>Schritt abbrechen</translation>
    </message>
    <message>
        <location />
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location />
        <source>Retry the failed step</source>
        <translation>Fehlgeschlagenen Schritt wiederholen</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../ui/modelpage.ui" />
        <source>Step 1: model</source>
        <translation>Schritt 1: Modell</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;1. Choose the model&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;1. Modell wählen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>Open a TVM Model Library Format archive (.tar, .tar.gz, .tar.xz) or an extracted archive folder, drop one on this window, or try the bundled sample: a small classifier of 8x8 handwritten digits.</source>
        <translation>Öffnen Sie ein TVM-Archiv im Model Library Format (.tar, .tar.gz, .tar.xz) oder einen entpackten Archivordner, ziehen Sie eines auf dieses Fenster, oder probieren Sie das mitgelieferte Beispiel aus: einen kleinen Klassifikator für handgeschriebene Ziffern in 8x8 Pixeln.</translation>
    </message>
    <message>
        <location />
        <source>&amp;Open Model Archive…</source>
        <translation>Modellarchiv ö&amp;ffnen…</translation>
    </message>
    <message>
        <location />
        <source>Open model archive</source>
        <translation>Modellarchiv öffnen</translation>
    </message>
    <message>
        <location />
        <source>&amp;Try the Sample Model</source>
        <translation>Beispielmodell aus&amp;probieren</translation>
    </message>
    <message>
        <location />
        <source>Try the sample model</source>
        <translation>Beispielmodell ausprobieren</translation>
    </message>
    <message>
        <location />
        <source>Opens the bundled digits classifier (float32)</source>
        <translation>Öffnet den mitgelieferten Ziffern-Klassifikator (float32)</translation>
    </message>
    <message>
        <location />
        <source>Recent models</source>
        <translation>Zuletzt verwendete Modelle</translation>
    </message>
    <message>
        <location />
        <source>Warnings about the chosen board</source>
        <translation>Warnungen zum gewählten Board</translation>
    </message>
    <message>
        <location />
        <source>No model open yet.</source>
        <translation>Noch kein Modell geöffnet.</translation>
    </message>
    <message>
        <location />
        <source>Reading the archive</source>
        <translation>Archiv wird gelesen</translation>
    </message>
    <message>
        <location />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location />
        <source>Cancel reading the archive</source>
        <translation>Lesen des Archivs abbrechen</translation>
    </message>
</context>
<context>
    <name>ModelSummaryWidget</name>
    <message>
        <location filename="../ui/modelsummarywidget.ui" />
        <source>Model summary</source>
        <translation>Modellübersicht</translation>
    </message>
    <message>
        <location />
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <location />
        <source>Archive path and format</source>
        <translation>Archivpfad und -format</translation>
    </message>
    <message>
        <location />
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location />
        <source>TVM version:</source>
        <translation>TVM-Version:</translation>
    </message>
    <message>
        <location />
        <source>Executor:</source>
        <translation>Executor:</translation>
    </message>
    <message>
        <location />
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location />
        <source>Entry point:</source>
        <translation>Einstiegspunkt:</translation>
    </message>
    <message>
        <location />
        <source>Runtime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <location />
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <location />
        <source>Exported:</source>
        <translation>Exportiert:</translation>
    </message>
    <message>
        <location />
        <source>Inputs and outputs:</source>
        <translation>Ein- und Ausgaben:</translation>
    </message>
    <message>
        <location />
        <source>Inputs and outputs</source>
        <translation>Ein- und Ausgaben</translation>
    </message>
    <message>
        <location />
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location />
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location />
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../ui/optionspage.ui" />
        <source>Step 3: options</source>
        <translation>Schritt 3: Optionen</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;3. Check the options&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;3. Optionen prüfen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>The template asks for these settings. The defaults work for a first try; fields marked * are required. Press Deploy to generate, build, flash and run.</source>
        <translation>Die Vorlage fragt nach diesen Einstellungen. Für einen ersten Versuch genügen die Standardwerte; mit * markierte Felder sind erforderlich. Klicken Sie auf „Bereitstellen“, um zu generieren, zu bauen, zu flashen und auszuführen.</translation>
    </message>
    <message>
        <location />
        <source>Template options</source>
        <translation>Optionen der Vorlage</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../ui/runpage.ui" />
        <source>Step 6: run</source>
        <translation>Schritt 6: Ausführen</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;6. Run the model on the device&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;6. Modell auf dem Gerät ausführen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>Device information</source>
        <translation>Geräteinformationen</translation>
    </message>
    <message>
        <location />
        <source>Connecting to the device…</source>
        <translation>Verbindung zum Gerät wird hergestellt…</translation>
    </message>
    <message>
        <location />
        <source>&amp;Input:</source>
        <translation>E&amp;ingabe:</translation>
    </message>
    <message>
        <location />
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="vanished">Datei &amp;wählen…</translation>
    </message>
    <message>
        <location />
        <source>Choose an input file</source>
        <translation>Eingabedatei wählen</translation>
    </message>
    <message>
        <location />
        <source>A .npy or .npz tensor, a raw .bin file, or an image (scaled to the model's input)</source>
        <translation>Ein .npy- oder .npz-Tensor, eine rohe .bin-Datei oder ein Bild (auf die Eingabe des Modells skaliert)</translation>
    </message>
    <message>
        <location />
        <source>Runs &amp;each:</source>
        <translation>Durchläufe &amp;je Eingabe:</translation>
    </message>
    <message>
        <location />
        <source>Runs per input</source>
        <translation>Durchläufe je Eingabe</translation>
    </message>
    <message>
        <location />
        <source>Run &amp;Once</source>
        <translation>&amp;Einmal ausführen</translation>
    </message>
    <message>
        <location />
        <source>Run once</source>
        <translation>Einmal ausführen</translation>
    </message>
    <message>
        <location />
        <source>Run &amp;Continuously</source>
        <translation>&amp;Fortlaufend ausführen</translation>
    </message>
    <message>
        <location />
        <source>Run continuously</source>
        <translation>Fortlaufend ausführen</translation>
    </message>
    <message>
        <location />
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location />
        <source>Run status</source>
        <translation>Status des Durchlaufs</translation>
    </message>
    <message>
        <location />
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location />
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location />
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location />
        <source>Latency over time</source>
        <translation>Latenz im Zeitverlauf</translation>
    </message>
    <message>
        <location />
        <source>Serial Console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <location />
        <source>Serial console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <location />
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location />
        <source>Choo&amp;se File…</source>
        <translation>Datei aus&amp;suchen…</translation>
    </message>
    <message>
        <location />
        <source>Protocol and link</source>
        <translation>Protokoll und Verbindung</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation type="vanished">&amp;Profil…</translation>
    </message>
    <message>
        <location />
        <source>Profile every operator</source>
        <translation>Jeden Operator profilieren</translation>
    </message>
    <message>
        <source>Profi&amp;le…</source>
        <translation type="vanished">Profi&amp;l…</translation>
    </message>
    <message>
        <source>Pro&amp;file…</source>
        <translation type="vanished">Pro&amp;fil…</translation>
    </message>
    <message>
        <location />
        <source>Profile Opera&amp;tors…</source>
        <translation>&amp;Profil der Operatoren…</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../ui/targetpage.ui" />
        <source>Step 2: target</source>
        <translation>Schritt 2: Ziel</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;2. Choose where it runs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;2. Wählen, wo es läuft&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location />
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location />
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location />
        <source>Check the templates again</source>
        <translation>Vorlagen erneut prüfen</translation>
    </message>
    <message>
        <location />
        <source>Template status</source>
        <translation>Status der Vorlage</translation>
    </message>
    <message>
        <location />
        <source>B&amp;oard:</source>
        <translation>B&amp;oard:</translation>
    </message>
    <message>
        <location />
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Serial &amp;port:</source>
        <translation type="vanished">Serieller &amp;Port:</translation>
    </message>
    <message>
        <location />
        <source>Serial port</source>
        <translation>Serieller Port</translation>
    </message>
    <message>
        <location />
        <source>Compatibility warning</source>
        <translation>Kompatibilitätswarnung</translation>
    </message>
    <message>
        <location />
        <source>&lt;b&gt;Does the model fit?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Passt das Modell?&lt;/b&gt;</translation>
    </message>
    <message>
        <location />
        <source>Memory fit check</source>
        <translation>Passprüfung des Speichers</translation>
    </message>
    <message>
        <location />
        <source>&amp;Serial port:</source>
        <translation>&amp;Serieller Port:</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Batch</name>
    <message>
        <location filename="../src/core/batch/boardtarget.cpp" line="+12" />
        <source>emulated %1</source>
        <translation>emuliert %1</translation>
    </message>
    <message>
        <location filename="../src/core/batch/boardmatcher.cpp" line="+31" />
        <source>A batch has 1 to %1 boards, not %2.</source>
        <translation>Ein Stapel umfasst 1 bis %1 Boards, nicht %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give "all", a number of boards or their serial numbers.</source>
        <translation>Geben Sie „all“, eine Anzahl von Boards oder deren Seriennummern an.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No boards were named.</source>
        <translation>Es wurden keine Boards angegeben.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give "all", a number of boards or their serial numbers separated by commas.</source>
        <translation>Geben Sie „all“, eine Anzahl von Boards oder deren Seriennummern durch Kommas getrennt an.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Deploying to several boards needs the board type, to find the connected boards of that type.</source>
        <translation>Für die Bereitstellung auf mehreren Boards wird der Board-Typ benötigt, um die angeschlossenen Boards dieses Typs zu finden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set the board option to one of: %1.</source>
        <translation>Setzen Sie die Board-Option auf einen der folgenden Werte: %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No temporary folder could be created to check the package.</source>
        <translation>Es konnte kein temporärer Ordner angelegt werden, um das Paket zu prüfen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the temporary folder can be written and the disk has room.</source>
        <translation>Prüfen Sie, ob der temporäre Ordner beschreibbar ist und die Festplatte Platz hat.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The package's flash recipe cannot be read.</source>
        <translation>Das Flash-Rezept des Pakets kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the package again with this TinyDeploy.</source>
        <translation>Erstellen Sie das Paket mit diesem TinyDeploy neu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The package does not describe its board %1 well enough to find the connected boards of that type.</source>
        <translation>Das Paket beschreibt seine Platine %1 nicht genau genug, um die angeschlossenen Platinen dieses Typs zu finden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Make the package again with this TinyDeploy, or flash one board at a time with --port.</source>
        <translation>Erstellen Sie das Paket mit diesem TinyDeploy neu, oder flashen Sie eine Platine nach der anderen mit --port.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Emulated boards are not plugged in, so they cannot be chosen by "all" or by serial number.</source>
        <translation>Emulierte Boards sind nicht angeschlossen und können daher nicht mit „all“ oder über die Seriennummer ausgewählt werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the number of emulated boards to start, e.g. 8.</source>
        <translation>Geben Sie die Anzahl der zu startenden emulierten Boards an, z. B. 8.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>TinyDeploy cannot recognise %1 boards by their USB adapter, so it cannot find several of them.</source>
        <translation>TinyDeploy kann %1-Boards nicht an ihrem USB-Adapter erkennen und daher nicht mehrere davon finden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deploy to one board at a time, choosing its serial port.</source>
        <translation>Stellen Sie auf jeweils einem Board bereit und wählen Sie dessen seriellen Port.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No %1 board is connected (USB id %2).</source>
        <translation>Es ist kein %1-Board angeschlossen (USB-ID %2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plug the boards in with a data cable, then try again.</source>
        <translation>Schließen Sie die Boards mit einem Datenkabel an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 %2 boards were asked for, but %3 are connected: %4.</source>
        <translation>%1 %2-Boards wurden angefordert, aber %3 sind angeschlossen: %4.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Plug in the missing boards, or ask for fewer.</source>
        <translation>Schließen Sie die fehlenden Boards an oder fordern Sie weniger an.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No connected %1 board has the serial number %2 (connected: %3).</source>
        <translation>Kein angeschlossenes %1-Board hat die Seriennummer %2 (angeschlossen: %3).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the serial number, or plug that board in.</source>
        <translation>Prüfen Sie die Seriennummer oder schließen Sie dieses Board an.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/projectcopy.cpp" line="+16" />
        <source>The built project folder does not exist.</source>
        <translation>Der Ordner des gebauten Projekts existiert nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the batch again: it builds the project first.</source>
        <translation>Starten Sie den Stapel erneut: Er baut zuerst das Projekt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The board's project folder already exists.</source>
        <translation>Der Projektordner des Boards existiert bereits.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete it, or start a new batch.</source>
        <translation>Löschen Sie ihn oder starten Sie einen neuen Stapel.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The built project could not be copied for this board.</source>
        <translation>Das gebaute Projekt konnte für dieses Board nicht kopiert werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the disk has room and the folder can be written.</source>
        <translation>Prüfen Sie, ob auf dem Datenträger genug Platz ist und der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchnames.cpp" line="+29" />
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchdeployment.cpp" line="+29" />
        <source>The batch was cancelled before this board was done.</source>
        <translation>Der Stapel wurde abgebrochen, bevor dieses Board fertig war.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry the board, or start the batch again.</source>
        <translation>Wiederholen Sie den Vorgang für das Board oder starten Sie den Stapel erneut.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>This batch has already been started.</source>
        <translation>Dieser Stapel wurde bereits gestartet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The batch has no boards.</source>
        <translation>Der Stapel enthält keine Boards.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect the boards, or give the number of emulated boards.</source>
        <translation>Schließen Sie die Boards an oder geben Sie die Anzahl der emulierten Boards an.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The batch folder could not be created.</source>
        <translation>Der Stapelordner konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the records folder can be written and the disk has room.</source>
        <translation>Prüfen Sie, ob der Ordner der Einträge beschreibbar ist und auf dem Datenträger genug Platz ist.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The build did not finish.</source>
        <translation>Der Build wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The build failed, so no board was flashed: %1</source>
        <translation>Der Build ist fehlgeschlagen, daher wurde kein Board geflasht: %1</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The board %1 is no longer connected: it was unplugged before its turn.</source>
        <translation>Das Board %1 ist nicht mehr angeschlossen: Es wurde getrennt, bevor es an der Reihe war.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plug it in again and press Retry.</source>
        <translation>Schließen Sie es wieder an und klicken Sie auf „Wiederholen“.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The board %1 is now %2 (was %3).</source>
        <translation>Das Board %1 ist jetzt %2 (vorher %3).</translation>
    </message>
    <message>
        <location line="+87" />
        <source>The deployment did not finish.</source>
        <translation>Die Bereitstellung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The board's outputs differ from the expected outputs: %1 of %2 agree.</source>
        <translation>Die Ausgaben des Boards weichen von den erwarteten Ausgaben ab: %1 von %2 stimmen überein.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Look at the board's record; retry it, or check the model and the firmware.</source>
        <translation>Sehen Sie sich den Eintrag des Boards an; wiederholen Sie den Vorgang oder prüfen Sie das Modell und die Firmware.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>There is no board %1 in this batch.</source>
        <translation>In diesem Stapel gibt es kein Board %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Only a board that failed or was cancelled can be retried.</source>
        <translation>Nur ein fehlgeschlagenes oder abgebrochenes Board kann wiederholt werden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The build did not succeed, so there is nothing to flash.</source>
        <translation>Der Build war nicht erfolgreich, daher gibt es nichts zu flashen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fix the build, then start the batch again.</source>
        <translation>Beheben Sie den Build-Fehler und starten Sie den Stapel dann erneut.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The batch is being cancelled.</source>
        <translation>Der Stapel wird abgebrochen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait until it has stopped, then retry the board.</source>
        <translation>Warten Sie, bis er angehalten hat, und wiederholen Sie dann das Board.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The board %1 is already in the batch.</source>
        <translation>Das Board %1 ist bereits im Stapel.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchreport.cpp" line="+118" />
        <source>Batch deployment</source>
        <translation>Stapelbereitstellung</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Batch deployment of %1</source>
        <translation>Stapelbereitstellung von %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 boards: %2 passed, %3 failed, %4 cancelled. Template %5, started %6, %7 s, at most %8 at once.</source>
        <translation>%1 Boards: %2 bestanden, %3 fehlgeschlagen, %4 abgebrochen. Vorlage %5, gestartet %6, %7 s, höchstens %8 gleichzeitig.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency (µs)</source>
        <translation>Latenz (µs)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Why boards failed</source>
        <translation>Warum Boards fehlgeschlagen sind</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Deploy</name>
    <message>
        <location filename="../src/core/deploy/modelstaging.cpp" line="+70" />
        <source>The folder to pack does not exist.</source>
        <translation>Der zu packende Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Cannot read the link.</source>
        <translation>Der Link kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The extracted model contains a special file (device, FIFO or socket).</source>
        <translation>Das entpackte Modell enthält eine Spezialdatei (Gerät, FIFO oder Socket).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only regular files, folders and links can be packed.</source>
        <translation>Nur normale Dateien, Ordner und Links können gepackt werden.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The file changed while it was packed.</source>
        <translation>Die Datei hat sich beim Packen geändert.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot write the model tar for the template.</source>
        <translation>Das Modell-Tar für die Vorlage kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and permissions of the work folder.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen des Arbeitsordners.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Cannot remove the result of an earlier staging.</source>
        <translation>Das Ergebnis einer früheren Vorbereitung kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+80" />
        <source>Check the permissions of the work folder.</source>
        <translation>Prüfen Sie die Berechtigungen des Arbeitsordners.</translation>
    </message>
    <message>
        <location line="-51" />
        <source>The standalone C runtime folder does not exist.</source>
        <translation>Der Ordner der eigenständigen C-Laufzeit existiert nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name the standalone_crt folder of a TVM build, or leave it out.</source>
        <translation>Geben Sie den standalone_crt-Ordner eines TVM-Builds an oder lassen Sie ihn weg.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+35" />
        <source>Cannot create the work folder.</source>
        <translation>Der Arbeitsordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Check the permissions of its parent folder.</source>
        <translation>Prüfen Sie die Berechtigungen des übergeordneten Ordners.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The archive's runtime/ folder has no CMakeLists.txt (an older TVM release); templates that build TVM's C runtime with CMake may fail.</source>
        <translation>Der Ordner runtime/ des Archivs hat keine CMakeLists.txt (eine ältere TVM-Version); Vorlagen, die die C-Laufzeit von TVM mit CMake bauen, können fehlschlagen.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The archive has no runtime/ folder and no standalone C runtime folder was given: the template may need TVM's standalone C runtime (--standalone-crt DIR).</source>
        <translation>Das Archiv hat keinen Ordner runtime/, und es wurde kein Ordner mit der eigenständigen C-Laufzeit angegeben: Die Vorlage braucht eventuell die eigenständige C-Laufzeit von TVM (--standalone-crt ORDNER).</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymenttypes.cpp" line="+58" />
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="+151" />
        <source>Generate project</source>
        <translation>Projekt generieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash</source>
        <translation>Flashen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the device</source>
        <translation>Mit dem Gerät verbinden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the model</source>
        <translation>Modell ausführen</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentrecord.cpp" line="+65" />
        <source>Cannot create the folder for deployment records.</source>
        <translation>Der Ordner für die Bereitstellungsdaten kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+15" />
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar ist und auf dem Datenträger noch Platz ist.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Cannot create the record folder of the deployment.</source>
        <translation>Der Datenordner der Bereitstellung kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+13" />
        <source>Cannot write the log of the step.</source>
        <translation>Das Protokoll des Schritts kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="-11" />
        <location line="+13" />
        <location line="+55" />
        <source>Check that the disk is not full.</source>
        <translation>Prüfen Sie, ob auf dem Datenträger noch Platz ist.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Cannot write the deployment record.</source>
        <translation>Die Bereitstellungsdaten können nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/modelstaging.cpp" line="+14" />
        <location line="+8" />
        <source>Cannot read the model archive.</source>
        <translation>Das Modellarchiv kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Check that the file exists and is readable.</source>
        <translation>Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deployment.cpp" line="+139" />
        <source>This deployment has already been started.</source>
        <translation>Diese Bereitstellung wurde bereits gestartet.</translation>
    </message>
    <message>
        <source>A deployment starts with generate or, for a flashed project, with connect.</source>
        <translation type="vanished">Eine Bereitstellung beginnt mit dem Generieren oder, bei einem bereits geflashten Projekt, mit dem Verbinden.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsettings.cpp" line="+16" />
        <source>The number of runs must be 1 to %1, not %2.</source>
        <translation>Die Anzahl der Durchläufe muss zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A deployment cannot end at "%1" before it starts at "%2".</source>
        <translation>Eine Bereitstellung kann nicht bei „%1“ enden, bevor sie bei „%2“ beginnt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A deployment starts with generate or, for an existing project, with build, flash or connect.</source>
        <translation>Eine Bereitstellung beginnt mit dem Generieren oder, bei einem vorhandenen Projekt, mit dem Bauen, Flashen oder Verbinden.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A deployment from a package starts at its Flash step: a package holds built firmware.</source>
        <translation>Eine Bereitstellung aus einem Paket beginnt beim Schritt Flash: Ein Paket enthält fertig gebaute Firmware.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The deployment package does not exist or is not a file.</source>
        <translation>Das Deployment-Paket existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the path of a .tdpkg file.</source>
        <translation>Geben Sie den Pfad einer .tdpkg-Datei an.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The model archive does not exist or cannot be read.</source>
        <translation>Das Modellarchiv existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the path of a Model Library Format archive (.tar).</source>
        <translation>Geben Sie den Pfad eines Archivs im Model Library Format (.tar) an.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The template folder does not exist.</source>
        <translation>Der Vorlagenordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose one of the installed templates.</source>
        <translation>Wählen Sie eine der installierten Vorlagen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The project folder already exists.</source>
        <translation>Der Projektordner existiert bereits.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a new folder, or delete this one.</source>
        <translation>Wählen Sie einen neuen Ordner, oder löschen Sie diesen.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The project folder does not exist.</source>
        <translation>Der Projektordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the folder of a generated and flashed project.</source>
        <translation>Geben Sie den Ordner eines generierten und geflashten Projekts an.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the folder of a generated project.</source>
        <translation>Geben Sie den Ordner eines generierten Projekts an.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The folder has no Project API server: it is not a generated project.</source>
        <translation>Der Ordner hat keinen Project-API-Server: Er ist kein generiertes Projekt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate a project from a template first, and give its folder.</source>
        <translation>Generieren Sie zuerst ein Projekt aus einer Vorlage, und geben Sie dessen Ordner an.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deployment.cpp" line="+55" />
        <source>Cancelling.</source>
        <translation>Wird abgebrochen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The deployment is still busy; the model can run again once it has finished.</source>
        <translation>Die Bereitstellung läuft noch; das Modell kann erneut laufen, sobald sie fertig ist.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wait for the current step to end, or cancel it.</source>
        <translation>Warten Sie, bis der aktuelle Schritt endet, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model can run again only after the deployment has reached its Run step.</source>
        <translation>Das Modell kann erst erneut laufen, wenn die Bereitstellung ihren Ausführungsschritt erreicht hat.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deploy the model first, or retry the step that failed.</source>
        <translation>Stellen Sie das Modell zuerst bereit, oder wiederholen Sie den fehlgeschlagenen Schritt.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Running the model again (round %1).</source>
        <translation>Das Modell läuft erneut (Runde %1).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Only a failed deployment can be retried.</source>
        <translation>Nur eine fehlgeschlagene Bereitstellung kann wiederholt werden.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Attempt %1 of this step.</source>
        <translation>Versuch %1 dieses Schritts.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 started.</source>
        <translation>Schritt „%1“ gestartet.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Retry the step.</source>
        <translation>Wiederholen Sie den Schritt.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 failed: %2</source>
        <translation>Schritt „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 finished in %2 s.</source>
        <translation>Schritt „%1“ nach %2 s abgeschlossen.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The deployment was cancelled during "%1".</source>
        <translation>Die Bereitstellung wurde während „%1“ abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="-72" />
        <source>Checking and unpacking %1.</source>
        <translation>%1 wird geprüft und entpackt.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/modelstaging.cpp" line="+17" />
        <location line="+17" />
        <source>Staging gave no result.</source>
        <translation>Die Vorbereitung hat kein Ergebnis geliefert.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deployment.cpp" line="+33" />
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="+60" />
        <source>Generating the project in %1.</source>
        <translation>Projekt wird in %1 generiert.</translation>
    </message>
    <message>
        <location line="-84" />
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="+143" />
        <source>The device's serial port is %1.</source>
        <translation>Der serielle Port des Geräts ist %1.</translation>
    </message>
    <message>
        <location line="+301" />
        <source>No serial port is known for the device.</source>
        <translation>Für das Gerät ist kein serieller Port bekannt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template did not report one: give the board's serial port (for example /dev/ttyACM0).</source>
        <translation>Die Vorlage hat keinen gemeldet: Geben Sie den seriellen Port des Boards an (zum Beispiel /dev/ttyACM0).</translation>
    </message>
    <message>
        <source>Opening %1.</source>
        <translation type="vanished">%1 wird geöffnet.</translation>
    </message>
    <message>
        <location line="+210" />
        <source>Device: %1 on %2, model %3.</source>
        <translation>Gerät: %1 auf %2, Modell %3.</translation>
    </message>
    <message>
        <location line="-100" />
        <source>median %1 us</source>
        <translation>Median %1 µs</translation>
    </message>
    <message>
        <location line="-240" />
        <source>The value was remembered when the project was generated; give a new value for this option.</source>
        <translation>Der Wert wurde beim Generieren des Projekts gespeichert; geben Sie einen neuen Wert für diese Option an.</translation>
    </message>
    <message>
        <location line="+26" />
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="-31" />
        <source>The board's USB serial number is %1: the flasher addresses that board.</source>
        <translation>Die USB-Seriennummer des Boards ist %1: Das Flash-Werkzeug spricht dieses Board an.</translation>
    </message>
    <message>
        <location line="+138" />
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="+46" />
        <source>Running the model with %1.</source>
        <translation>Das Modell läuft mit %1.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>%1 cycles</source>
        <translation>%1 Takte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>agrees with the expected output</source>
        <translation>stimmt mit der erwarteten Ausgabe überein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DIFFERS from the expected output</source>
        <translation>WEICHT von der erwarteten Ausgabe AB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2</source>
        <comment>input name: facts about its run</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, </source>
        <comment>separator between facts</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+68" />
        <source>Opening %1 (%2).</source>
        <translation>%1 wird geöffnet (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/deploy/runinputs.cpp" line="+314" />
        <source>Input set "%1" has the wrong number of tensors (%2): the model on the device has %n input(s).</source>
        <translation>
            <numerusform>Eingabesatz „%1“ hat die falsche Anzahl Tensoren (%2): Das Modell auf dem Gerät hat %n Eingabe.</numerusform>
            <numerusform>Eingabesatz „%1“ hat die falsche Anzahl Tensoren (%2): Das Modell auf dem Gerät hat %n Eingaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: median %2 us</source>
        <translation type="vanished">%1: Median %2 us</translation>
    </message>
    <message>
        <source>, %1 cycles</source>
        <translation type="vanished">, %1 Taktzyklen</translation>
    </message>
    <message>
        <source>, class %1</source>
        <translation type="vanished">, Klasse %1</translation>
    </message>
    <message>
        <source>, agrees with the expected output</source>
        <translation type="vanished">, stimmt mit der erwarteten Ausgabe überein</translation>
    </message>
    <message>
        <source>, DIFFERS from the expected output</source>
        <translation type="vanished">, WEICHT von der erwarteten Ausgabe AB</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="-146" />
        <source>The device has not said what it runs yet.</source>
        <translation>Das Gerät hat noch nicht gemeldet, was darauf läuft.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry the connect step.</source>
        <translation>Wiederholen Sie den Verbindungsschritt.</translation>
    </message>
    <message numerus="yes">
        <location line="+43" />
        <source>Running %1 (%n run(s)).</source>
        <translation>
            <numerusform>%1 wird ausgeführt (%n Durchlauf).</numerusform>
            <numerusform>%1 wird ausgeführt (%n Durchläufe).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-336" />
        <location line="+46" />
        <location line="+45" />
        <location line="+294" />
        <source>Starting the Project API server of %1.</source>
        <translation>Project-API-Server von %1 wird gestartet.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/projectserver.cpp" line="+72" />
        <source>The server says this folder is not a template (is_template is false).</source>
        <translation>Laut Server ist dieser Ordner keine Vorlage (is_template ist false).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a template folder; a generated project is re-run, not generated again.</source>
        <translation>Wählen Sie einen Vorlagenordner; ein generiertes Projekt wird erneut ausgeführt, nicht neu generiert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The project's server still says it is a template (is_template is true).</source>
        <translation>Der Server des Projekts meldet weiterhin, dass es eine Vorlage ist (is_template ist true).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The template's generate_project did not make a project; see the log of the generate step.</source>
        <translation>Der Aufruf generate_project der Vorlage hat kein Projekt erzeugt; siehe das Protokoll des Generierungsschritts.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The folder is a template, not a generated project.</source>
        <translation>Der Ordner ist eine Vorlage, kein generiertes Projekt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate a project from this template first, and give the project's folder.</source>
        <translation>Generieren Sie zuerst ein Projekt aus dieser Vorlage, und geben Sie den Ordner des Projekts an.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+9" />
        <location line="+9" />
        <source>No Project API server is running.</source>
        <translation>Es läuft kein Project-API-Server.</translation>
    </message>
    <message numerus="yes">
        <source>The model on the device has %n input(s), but input set "%1" has %2 tensor(s).</source>
        <translation type="vanished">
            <numerusform>Das Modell auf dem Gerät hat %n Eingabe, aber der Eingabesatz „%1“ hat %2 Tensor(en).</numerusform>
            <numerusform>Das Modell auf dem Gerät hat %n Eingaben, aber der Eingabesatz „%1“ hat %2 Tensor(en).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/deploy/runinputs.cpp" line="-285" />
        <source>%1 needs a model with exactly one input; this one has %2.</source>
        <translation>%1 braucht ein Modell mit genau einer Eingabe; dieses hat %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give one .npy file per input, or an .npz file.</source>
        <translation>Geben Sie eine .npy-Datei pro Eingabe an, oder eine .npz-Datei.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>A raw input file</source>
        <translation>Eine rohe Eingabedatei</translation>
    </message>
    <message>
        <location line="+19" />
        <source>An image</source>
        <translation>Ein Bild</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The model's input "%1" is not an image (shape %2).</source>
        <translation>Die Modelleingabe „%1“ ist kein Bild (Form %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+18" />
        <source>Give an .npy file of the input's shape instead.</source>
        <translation>Geben Sie stattdessen eine .npy-Datei in der Form der Eingabe an.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>The image has no usable pixels.</source>
        <translation>Das Bild hat keine verwendbaren Pixel.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a PNG, JPEG or BMP file.</source>
        <translation>Verwenden Sie eine PNG-, JPEG- oder BMP-Datei.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model's input "%1" is not a grey or RGB image.</source>
        <translation>Die Modelleingabe „%1“ ist kein Graustufen- oder RGB-Bild.</translation>
    </message>
    <message numerus="yes">
        <location line="+89" />
        <source>The file holds %1 arrays, but the model has %n input(s).</source>
        <translation>
            <numerusform>Die Datei enthält %1 Arrays, aber das Modell hat %n Eingabe.</numerusform>
            <numerusform>Die Datei enthält %1 Arrays, aber das Modell hat %n Eingaben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give one array per model input.</source>
        <translation>Geben Sie ein Array je Modelleingabe an.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input "%1" of the model is %2, but the file holds %3.</source>
        <translation>Die Eingabe „%1“ des Modells ist %2, aber die Datei enthält %3.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Input "%1" of the model has the shape %2, but the file holds %3.</source>
        <translation>Die Eingabe „%1“ des Modells hat die Form %2, aber die Datei enthält %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give an array of the model's input shape.</source>
        <translation>Geben Sie ein Array in der Eingabeform des Modells an.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Give one tensor per model input.</source>
        <translation>Geben Sie einen Tensor pro Modelleingabe an.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input "%1" of the model is %2, but the given tensor is %3.</source>
        <translation>Eingabe „%1“ des Modells ist vom Typ %2, der übergebene Tensor aber vom Typ %3.</translation>
    </message>
    <message>
        <location line="-41" />
        <location line="+44" />
        <source>Convert the input to %1 (for a quantized model, quantize it with the model's scale and zero point).</source>
        <translation>Wandeln Sie die Eingabe in %1 um (bei einem quantisierten Modell quantisieren Sie sie mit Skala und Nullpunkt des Modells).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Input "%1" of the model takes %2 bytes, but the given tensor %3 has %4.</source>
        <translation>Eingabe „%1“ des Modells braucht %2 Bytes, der übergebene Tensor %3 hat aber %4.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give a tensor of the model's input shape.</source>
        <translation>Übergeben Sie einen Tensor in der Eingabeform des Modells.</translation>
    </message>
    <message>
        <source>Cannot stop the device: python3 was not found.</source>
        <translation type="vanished">Das Gerät kann nicht gestoppt werden: python3 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Install python3, or stop it with "python3 -m tdserver stop" in the project folder.</source>
        <translation type="vanished">Installieren Sie python3, oder stoppen Sie das Gerät mit „python3 -m tdserver stop“ im Projektordner.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/devicestopper.cpp" line="+46" />
        <source>Cannot stop the device: %1</source>
        <translation>Das Gerät kann nicht gestoppt werden: %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Stopping the device failed.</source>
        <translation>Das Stoppen des Geräts ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run "python3 -m tdserver stop" in the project folder.</source>
        <translation>Führen Sie „python3 -m tdserver stop“ im Projektordner aus.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Command: %1
Exit status %2
%3</source>
        <translation>Befehl: %1
Exit-Status %2
%3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot stop the device: the stop command did not start.</source>
        <translation>Das Gerät kann nicht gestoppt werden: Der Stopp-Befehl ist nicht gestartet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Command: %1
%2</source>
        <translation>Befehl: %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>The model has %n input(s), but the last input set has only %1 file(s).</source>
        <translation type="vanished">
            <numerusform>Das Modell hat %n Eingabe, aber der letzte Eingabesatz hat nur %1 Datei(en).</numerusform>
            <numerusform>Das Modell hat %n Eingaben, aber der letzte Eingabesatz hat nur %1 Datei(en).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/deploy/samplekit.cpp" line="+55" />
        <source>The model's quantization file is unreadable; outputs are shown as raw integers.</source>
        <translation>Die Quantisierungsdatei des Modells ist unlesbar; Ausgaben werden als rohe Ganzzahlen angezeigt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fix or delete the file.</source>
        <translation>Korrigieren oder löschen Sie die Datei.</translation>
    </message>
    <message numerus="yes">
        <location line="+103" />
        <source>The last input set is incomplete: it has files for %1 of the model's %n input(s).</source>
        <translation>
            <numerusform>Der letzte Eingabesatz ist unvollständig: Er hat Dateien für %1 der %n Eingabe des Modells.</numerusform>
            <numerusform>Der letzte Eingabesatz ist unvollständig: Er hat Dateien für %1 der %n Eingaben des Modells.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give one .npy file per model input for each set, or one .npz file per set.</source>
        <translation>Geben Sie für jeden Satz eine .npy-Datei pro Modelleingabe an, oder eine .npz-Datei pro Satz.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/boardcheck.cpp" line="+30" />
        <source>The board "%1" is not one of this template's boards.</source>
        <translation>Das Board „%1“ gehört nicht zu den Boards dieser Vorlage.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose one of: %1.</source>
        <translation>Wählen Sie eines von: %1.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Flash: %1
RAM: %2</source>
        <translation>Flash: %1
RAM: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model does not fit %1: %2.</source>
        <translation>Das Modell passt nicht auf %1: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a board with more memory, or a smaller model (an int8 model needs about a quarter of a float32 one's memory). The estimate errs on the safe side: to build anyway, skip the fit check (--no-fit-check).</source>
        <translation>Wählen Sie ein Board mit mehr Speicher oder ein kleineres Modell (ein int8-Modell braucht etwa ein Viertel des Speichers eines float32-Modells). Die Schätzung ist vorsichtig: Um trotzdem zu bauen, überspringen Sie die Passprüfung (--no-fit-check).</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/projectstate.cpp" line="+27" />
        <source>Cannot read what the project remembers.</source>
        <translation>Die gespeicherten Projektangaben können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the file's permissions.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What the project remembers is unreadable.</source>
        <translation>Die gespeicherten Projektangaben sind unlesbar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete the file; then give the options and the serial port again.</source>
        <translation>Löschen Sie die Datei; geben Sie dann die Optionen und den seriellen Port erneut an.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file does not hold a JSON object.</source>
        <translation>Die Datei enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+102" />
        <location line="+9" />
        <source>Cannot remember the project's options and serial port.</source>
        <translation>Die Optionen und der serielle Port des Projekts können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Check the permissions of the project folder.</source>
        <translation>Prüfen Sie die Berechtigungen des Projektordners.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Check that the disk is not full and the project folder is writable.</source>
        <translation>Prüfen Sie, ob auf dem Datenträger noch Platz ist und der Projektordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentprofile.cpp" line="+14" />
        <source>Profiling needs a host-driven project with the graph executor, and this one runs %1.</source>
        <translation>Das Profiling braucht ein host-gesteuertes Projekt mit dem Graph-Executor, und dieses läuft mit %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Generate a project with project_type host_driven from a graph-executor archive built with --runtime-crt-system-lib (for example digits_int8_graph.tar).</source>
        <translation>Erzeugen Sie ein Projekt mit project_type host_driven aus einem Graph-Executor-Archiv, das mit --runtime-crt-system-lib gebaut wurde (zum Beispiel digits_int8_graph.tar).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The model can be profiled only on a connected device, between runs.</source>
        <translation>Das Modell lässt sich nur auf einem verbundenen Gerät zwischen zwei Läufen profilieren.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the model first, and profile once the run has finished.</source>
        <translation>Führen Sie das Modell zuerst aus und profilieren Sie nach dem Ende des Laufs.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A profile times each operator at least once.</source>
        <translation>Ein Profil misst jeden Operator mindestens einmal.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Profiling every operator (%n repeat(s)).</source>
        <translation>
            <numerusform>Jeder Operator wird profiliert (%n Wiederholung).</numerusform>
            <numerusform>Jeder Operator wird profiliert (%n Wiederholungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Profile: %n operator(s), %1 us in total.</source>
        <translation>
            <numerusform>Profil: %n Operator, %1 us insgesamt.</numerusform>
            <numerusform>Profil: %n Operatoren, %1 us insgesamt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Profile failed: %1</source>
        <translation>Profil fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/runprotocol.cpp" line="+89" />
        <source>TinyDeploy protocol</source>
        <translation>TinyDeploy-Protokoll</translation>
    </message>
    <message>
        <location line="+2" />
        <source>microTVM RPC, AOT executor</source>
        <translation>microTVM-RPC, AOT-Executor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>microTVM RPC, graph executor</source>
        <translation>microTVM-RPC, Graph-Executor</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, over the Project API transport</source>
        <translation>%1, über den Transport der Project API</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, over the serial port</source>
        <translation>%1, über die serielle Schnittstelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, over the serial port %2</source>
        <translation>%1, über die serielle Schnittstelle %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This project's firmware (project_type %1) runs the model on its own and speaks neither TinyDeploy's protocol nor microTVM RPC.</source>
        <translation>Die Firmware dieses Projekts (project_type %1) führt das Modell selbst aus und spricht weder das TinyDeploy-Protokoll noch microTVM-RPC.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Generate the project again with project_type host_driven.</source>
        <translation>Erzeugen Sie das Projekt erneut mit project_type host_driven.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This archive uses the AOT executor's C interface, which only runs in standalone firmware.</source>
        <translation>Dieses Archiv verwendet die C-Schnittstelle des AOT-Executors, die nur in eigenständiger Firmware läuft.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Generate the project with project_type standalone, or export the model with the graph executor.</source>
        <translation>Erzeugen Sie das Projekt mit project_type standalone, oder exportieren Sie das Modell mit dem Graph-Executor.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The archive names no graph or AOT executor, so microTVM RPC cannot run it.</source>
        <translation>Das Archiv nennt keinen Graph- oder AOT-Executor, daher kann microTVM-RPC es nicht ausführen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the whole model with tvmc compile --executor=graph --runtime=crt --runtime-crt-system-lib=1.</source>
        <translation>Exportieren Sie das ganze Modell mit tvmc compile --executor=graph --runtime=crt --runtime-crt-system-lib=1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The archive was not built with --runtime-crt-system-lib, and microTVM RPC finds the model's functions only in the CRT system library.</source>
        <translation>Das Archiv wurde nicht mit --runtime-crt-system-lib gebaut, und microTVM-RPC findet die Funktionen des Modells nur in der System-Bibliothek der CRT.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the model again with --runtime=crt --runtime-crt-system-lib=1.</source>
        <translation>Exportieren Sie das Modell erneut mit --runtime=crt --runtime-crt-system-lib=1.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>The project has no extracted model (model/metadata.json) and remembers no model archive.</source>
        <translation>Das Projekt hat kein entpacktes Modell (model/metadata.json) und merkt sich kein Modellarchiv.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Generate the project again with TinyDeploy.</source>
        <translation>Erzeugen Sie das Projekt erneut mit TinyDeploy.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="-113" />
        <source>Checking and unpacking the deployment package %1.</source>
        <translation>Das Deployment-Paket %1 wird geprüft und entpackt.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>An option must be given as name=value, not "%1".</source>
        <translation>Eine Option muss als name=value angegeben werden, nicht als „%1“.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Package for %1 (%2), model %3, made by TinyDeploy %4 on %5; SHA-256 %6.</source>
        <translation>Paket für %1 (%2), Modell %3, erstellt von TinyDeploy %4 am %5; SHA-256 %6.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Flashing %1 by the package's recipe (flasher %2); no server runs, nothing is built.</source>
        <translation>%1 wird nach dem Rezept des Pakets geflasht (Flasher %2); es läuft kein Server, nichts wird gebaut.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The package does not say how to talk to the device.</source>
        <translation>Das Paket gibt nicht an, wie mit dem Gerät kommuniziert wird.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the package again with this TinyDeploy.</source>
        <translation>Erstellen Sie das Paket mit diesem TinyDeploy neu.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/kioskconfig.cpp" line="+57" />
        <source>The kiosk configuration does not say its "%1".</source>
        <translation>Die Kiosk-Konfiguration gibt kein „%1“ an.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+25" />
        <source>Make it again with "tinydeploy-cli kiosk-config".</source>
        <translation>Erstellen Sie sie mit „tinydeploy-cli kiosk-config“ neu.</translation>
    </message>
    <message>
        <location line="-21" />
        <source>The field "%1" of the kiosk configuration must be a text.</source>
        <translation>Das Feld „%1“ der Kiosk-Konfiguration muss ein Text sein.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put the value in double quotes.</source>
        <translation>Setzen Sie den Wert in doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The kiosk configuration is not valid JSON (%1 at byte %2).</source>
        <translation>Die Kiosk-Konfiguration ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk configuration must be one JSON object.</source>
        <translation>Die Kiosk-Konfiguration muss ein einzelnes JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk configuration has an unknown field "%1".</source>
        <translation>Die Kiosk-Konfiguration hat ein unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The fields are: %1.</source>
        <translation>Die Felder sind: %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This is not a TinyDeploy kiosk configuration (its "format" is not "%1").</source>
        <translation>Dies ist keine Kiosk-Konfiguration von TinyDeploy (ihr „format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This kiosk configuration is of version %1; this TinyDeploy reads version %2.</source>
        <translation>Diese Kiosk-Konfiguration hat Version %1; dieses TinyDeploy liest Version %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Use the TinyDeploy that made it, or make it again.</source>
        <translation>Verwenden Sie das TinyDeploy, mit dem sie erstellt wurde, oder erstellen Sie sie neu.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The "options" of the kiosk configuration must be an object of option names and values.</source>
        <translation>Die „options“ der Kiosk-Konfiguration müssen ein Objekt aus Optionsnamen und Werten sein.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write them as {"name": value, ...}.</source>
        <translation>Schreiben Sie sie als {"name": value, ...}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The option "%1" must be a text, a number, true or false, or a list.</source>
        <translation>Die Option „%1“ muss ein Text, eine Zahl, true oder false oder eine Liste sein.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The board is its own field of the kiosk configuration, not an option.</source>
        <translation>Das Board ist ein eigenes Feld der Kiosk-Konfiguration, keine Option.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Move it to "board".</source>
        <translation>Verschieben Sie es nach „board“.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The model of the kiosk configuration does not exist or cannot be read: %1.</source>
        <translation>Das Modell der Kiosk-Konfiguration existiert nicht oder kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Copy the model next to the configuration, or make the configuration again.</source>
        <translation>Kopieren Sie das Modell neben die Konfiguration oder erstellen Sie die Konfiguration neu.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The kiosk configuration does not exist or cannot be read.</source>
        <translation>Die Kiosk-Konfiguration existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give a .tdkiosk file made with "tinydeploy-cli kiosk-config", or a .tdpkg deployment package.</source>
        <translation>Geben Sie eine mit „tinydeploy-cli kiosk-config“ erstellte .tdkiosk-Datei oder ein .tdpkg-Deployment-Paket an.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The kiosk configuration is too large to be one (%1 bytes).</source>
        <translation>Die Datei ist zu groß für eine Kiosk-Konfiguration (%1 Bytes).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give a .tdkiosk file made with "tinydeploy-cli kiosk-config".</source>
        <translation>Geben Sie eine mit „tinydeploy-cli kiosk-config“ erstellte .tdkiosk-Datei an.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The kiosk configuration cannot be read: %1.</source>
        <translation>Die Kiosk-Konfiguration kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Could not write the kiosk configuration: %1.</source>
        <translation>Die Kiosk-Konfiguration konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The template folder of the kiosk configuration does not exist or is not a template: %1.</source>
        <translation>Der Vorlagenordner der Kiosk-Konfiguration existiert nicht oder ist keine Vorlage: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy the template next to the configuration, or name an installed template.</source>
        <translation>Kopieren Sie die Vorlage neben die Konfiguration oder geben Sie eine installierte Vorlage an.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The template "%1" is in a folder that was added but not confirmed yet.</source>
        <translation>Die Vorlage „%1“ liegt in einem Ordner, der hinzugefügt, aber noch nicht bestätigt wurde.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Confirm the folder in TinyDeploy's settings first.</source>
        <translation>Bestätigen Sie den Ordner zuerst in den Einstellungen von TinyDeploy.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no template called "%1" on this computer.</source>
        <translation>Auf diesem Computer gibt es keine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Install TinyDeploy's templates.</source>
        <translation>Installieren Sie die Vorlagen von TinyDeploy.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Known templates: %1.</source>
        <translation>Bekannte Vorlagen: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/runagainplan.cpp" line="+20" />
        <source>The project of this record no longer exists.</source>
        <translation>Das Projekt dieses Eintrags existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deploy the model again: the project folder was moved or deleted.</source>
        <translation>Stellen Sie das Modell erneut bereit: Der Projektordner wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This project was never flashed, so there is nothing on a board to run again.</source>
        <translation>Dieses Projekt wurde nie geflasht, daher gibt es auf keinem Board etwas, das erneut ausgeführt werden kann.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deploy the model again to build and flash it.</source>
        <translation>Stellen Sie das Modell erneut bereit, um es zu bauen und zu flashen.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The %1 with serial number %2 is not connected.</source>
        <translation>Das %1 mit der Seriennummer %2 ist nicht angeschlossen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plug that board in (a data cable, not a charge-only one) and press Run Again.</source>
        <translation>Schließen Sie dieses Board an (mit einem Datenkabel, nicht mit einem reinen Ladekabel) und klicken Sie auf „Erneut ausführen“.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The board is on %1 now; it was on %2.</source>
        <translation>Das Board ist jetzt an %1; vorher war es an %2.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Device</name>
    <message>
        <location filename="../src/core/device/deviceerrors.cpp" line="+53" />
        <source>The device session is busy with another request.</source>
        <translation>Die Gerätesitzung ist mit einer anderen Anfrage beschäftigt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for the current request to finish, or cancel it.</source>
        <translation>Warten Sie, bis die laufende Anfrage fertig ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The serial link to the device is not open.</source>
        <translation>Die serielle Verbindung zum Gerät ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the device first.</source>
        <translation>Verbinden Sie sich zuerst mit dem Gerät.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../src/core/device/messages.cpp" line="+397" />
        <source>The number of runs must be 1 to %1, not %2.</source>
        <translation>Die Anzahl der Durchläufe muss zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The request to the device was cancelled.</source>
        <translation>Die Anfrage an das Gerät wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The model on the device has %n input(s), but %1 were given.</source>
        <translation type="vanished">
            <numerusform>Das Modell auf dem Gerät hat %n Eingabe, aber %1 wurden übergeben.</numerusform>
            <numerusform>Das Modell auf dem Gerät hat %n Eingaben, aber %1 wurden übergeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>The model on the device takes %n input(s), not %1.</source>
        <translation>
            <numerusform>Das Modell auf dem Gerät nimmt %n Eingabe, nicht %1.</numerusform>
            <numerusform>Das Modell auf dem Gerät nimmt %n Eingaben, nicht %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give one input per model input, in the model's order.</source>
        <translation>Übergeben Sie eine Eingabe pro Modelleingabe, in der Reihenfolge des Modells.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Input %1 ('%2', %3) needs %4 bytes, but %5 bytes were given.</source>
        <translation>Eingabe %1 („%2“, %3) braucht %4 Bytes, aber %5 Bytes wurden übergeben.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>input %1 ('%2')</source>
        <translation>Eingabe %1 („%2“)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the input's shape and dtype against the model, or rebuild the firmware for this model.</source>
        <translation>Vergleichen Sie Form und Datentyp der Eingabe mit dem Modell, oder bauen Sie die Firmware für dieses Modell neu.</translation>
    </message>
    <message>
        <location line="-54" />
        <source>The device did not answer HELLO within %1 s.</source>
        <translation>Das Gerät hat innerhalb von %1 s nicht auf HELLO geantwortet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The device did not acknowledge input %1 (bytes up to %2) within %3 s.</source>
        <translation>Das Gerät hat Eingabe %1 (Bytes bis %2) nicht innerhalb von %3 s bestätigt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device sent nothing for %1 s while running the model (%2 of %3 runs reported).</source>
        <translation>Das Gerät hat %1 s lang nichts gesendet, während das Modell lief (%2 von %3 Durchläufen gemeldet).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sent %1 bytes, received %2 bytes; %3 received bytes were not valid frames.</source>
        <translation>%1 Bytes gesendet, %2 Bytes empfangen; %3 empfangene Bytes waren keine gültigen Frames.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The device sends bytes that are not TinyDeploy frames: check the baud rate and that the board runs TinyDeploy firmware.</source>
        <translation>Das Gerät sendet Bytes, die keine TinyDeploy-Frames sind: Prüfen Sie die Baudrate und ob auf dem Board TinyDeploy-Firmware läuft.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the board runs TinyDeploy firmware and is on this port; reset it and try again. For long models, raise the run timeout.</source>
        <translation>Prüfen Sie, ob auf dem Board TinyDeploy-Firmware läuft und es an diesem Port hängt; setzen Sie es zurück und versuchen Sie es erneut. Bei langen Modellen erhöhen Sie das Zeitlimit für Durchläufe.</translation>
    </message>
    <message>
        <location filename="../src/core/device/devicesession.cpp" line="+368" />
        <source>The device reported %1: %2</source>
        <translation>Das Gerät meldete %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/device/deviceerrors.cpp" line="+36" />
        <source>The device answered %1 with an unexpected %2 frame.</source>
        <translation>Das Gerät hat auf %1 mit einem unerwarteten %2-Frame geantwortet.</translation>
    </message>
    <message>
        <location line="-131" />
        <source>The firmware may speak another version of the device protocol: rebuild and flash it with this version's templates.</source>
        <translation>Die Firmware spricht eventuell eine andere Version des Geräteprotokolls: Bauen und flashen Sie sie mit den Vorlagen dieser Version neu.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Bytes were lost or corrupted on the way to the device: check the cable and the baud rate, then try again.</source>
        <translation>Auf dem Weg zum Gerät gingen Bytes verloren oder wurden verfälscht: Prüfen Sie Kabel und Baudrate und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The firmware was built for another model: rebuild and flash it for this model.</source>
        <translation>Die Firmware wurde für ein anderes Modell gebaut: Bauen und flashen Sie sie für dieses Modell neu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model could not initialize on the device (for example, too little workspace memory): check the build log and the board's RAM.</source>
        <translation>Das Modell konnte auf dem Gerät nicht initialisiert werden (zum Beispiel zu wenig Arbeitsspeicher): Prüfen Sie das Build-Protokoll und den RAM des Boards.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>The model's code returned an error on the device: check that the inputs are valid for the model and that the build is for this board.</source>
        <translation>Der Code des Modells hat auf dem Gerät einen Fehler zurückgegeben: Prüfen Sie, ob die Eingaben für das Modell gültig sind und der Build für dieses Board ist.</translation>
    </message>
    <message>
        <location line="+137" />
        <source>The device reported an error: %1.</source>
        <translation>Das Gerät meldete einen Fehler: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>device error %1 (%2)</source>
        <translation>Gerätefehler %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%n frame(s) from the device failed the CRC check and were lost.</source>
        <translation>
            <numerusform>%n Frame des Geräts hat die CRC-Prüfung nicht bestanden und ging verloren.</numerusform>
            <numerusform>%n Frames des Geräts haben die CRC-Prüfung nicht bestanden und gingen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the cable and the baud rate (the line is noisy), then try again.</source>
        <translation>Prüfen Sie das Kabel und die Baudrate (die Leitung ist gestört) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device acknowledged %1 bytes of input %2, but %3 bytes of input %4 were sent.</source>
        <translation>Das Gerät hat %1 Bytes von Eingabe %2 bestätigt, aber es wurden %3 Bytes von Eingabe %4 gesendet.</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Try again; if it persists, rebuild and flash the firmware.</source>
        <translation>Versuchen Sie es erneut; tritt der Fehler weiter auf, bauen und flashen Sie die Firmware neu.</translation>
    </message>
    <message>
        <location filename="../src/core/device/devicesession.cpp" line="+118" />
        <source>The device sent timings for runs %1 to %2, but %3 of %4 runs were already reported.</source>
        <translation>Das Gerät hat Zeiten für die Durchläufe %1 bis %2 gesendet, aber %3 von %4 Durchläufen waren schon gemeldet.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The device sent bytes %1 to %2 of output %3, which does not fit what was expected next (output %4 from byte %5).</source>
        <translation>Das Gerät hat die Bytes %1 bis %2 von Ausgabe %3 gesendet; erwartet wurde als Nächstes Ausgabe %4 ab Byte %5.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location filename="../src/core/device/deviceerrors.cpp" line="+32" />
        <source>The model failed on the device: %1.</source>
        <translation>Das Modell ist auf dem Gerät fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>status %1 after %2 successful runs</source>
        <translation>Status %1 nach %2 erfolgreichen Durchläufen</translation>
    </message>
    <message>
        <location filename="../src/core/device/devicesession.cpp" line="+12" />
        <source>The device finished after %1 of %2 runs, with %3 timings and %4 output bytes missing.</source>
        <translation>Das Gerät war nach %1 von %2 Durchläufen fertig; es fehlen %3 Zeiten und %4 Ausgabebytes.</translation>
    </message>
    <message>
        <location filename="../src/core/device/messages.cpp" line="-382" />
        <source>The firmware and TinyDeploy may speak different versions of the device protocol: rebuild and flash the firmware with this version's templates.</source>
        <translation>Firmware und TinyDeploy sprechen eventuell verschiedene Versionen des Geräteprotokolls: Bauen und flashen Sie die Firmware mit den Vorlagen dieser Version neu.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source> … (%n bytes in all)</source>
        <translation>
            <numerusform> … (insgesamt %n Byte)</numerusform>
            <numerusform> … (insgesamt %n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>payload: %1</source>
        <translation>Nutzdaten: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The %1 message from the device has text that is not valid UTF-8 in %2.</source>
        <translation>Die Nachricht %1 des Geräts enthält in %2 Text, der kein gültiges UTF-8 ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>The %1 message has %n unexpected byte(s) after its last field.</source>
        <translation>
            <numerusform>Die Nachricht %1 hat %n unerwartetes Byte nach ihrem letzten Feld.</numerusform>
            <numerusform>Die Nachricht %1 hat %n unerwartete Bytes nach ihrem letzten Feld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>The %1 message is too short: it ends inside %2 (%n byte(s) in all).</source>
        <translation>
            <numerusform>Die Nachricht %1 ist zu kurz: Sie endet innerhalb von %2 (insgesamt %n Byte).</numerusform>
            <numerusform>Die Nachricht %1 ist zu kurz: Sie endet innerhalb von %2 (insgesamt %n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69" />
        <source>The device announces tensor '%1' with the unknown dtype code %2 (known: 0 int, 1 uint, 2 float, 4 bfloat).</source>
        <translation>Das Gerät meldet Tensor „%1“ mit dem unbekannten Datentyp-Code %2 (bekannt: 0 int, 1 uint, 2 float, 4 bfloat).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device announces tensor '%1' with %2-bit elements; only 1, 8, 16, 32 and 64 bits are possible.</source>
        <translation>Das Gerät meldet Tensor „%1“ mit %2-Bit-Elementen; möglich sind nur 1, 8, 16, 32 und 64 Bit.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device announces tensor '%1' with %2 dimensions; at most %3 are possible.</source>
        <translation>Das Gerät meldet Tensor „%1“ mit %2 Dimensionen; höchstens %3 sind möglich.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The device announces tensor '%1' with the negative dimension %2.</source>
        <translation>Das Gerät meldet Tensor „%1“ mit der negativen Dimension %2.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The device announces tensor '%1' (%2, shape [%3]) with %4 bytes; the shape needs %5.</source>
        <translation>Das Gerät meldet Tensor „%1“ (%2, Form [%3]) mit %4 Bytes; die Form braucht %5.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The device speaks version %1 of the device protocol; this TinyDeploy speaks version %2.</source>
        <translation>Das Gerät spricht Version %1 des Geräteprotokolls; dieses TinyDeploy spricht Version %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rebuild and flash the firmware with the templates of this TinyDeploy, or update TinyDeploy.</source>
        <translation>Bauen und flashen Sie die Firmware mit den Vorlagen dieses TinyDeploy neu, oder aktualisieren Sie TinyDeploy.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The device announces a maximum payload of %1 bytes; the protocol needs at least %2.</source>
        <translation>Das Gerät meldet eine maximale Nutzlast von %1 Bytes; das Protokoll braucht mindestens %2.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The device announces %1 inputs and %2 outputs; at most %3 of each are possible.</source>
        <translation>Das Gerät meldet %1 Eingaben und %2 Ausgaben; höchstens %3 von jedem sind möglich.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The %1 message carries no data.</source>
        <translation>Die Nachricht %1 enthält keine Daten.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The TIMING message announces %1 runs but carries %2 bytes of latencies; each run takes %3.</source>
        <translation>Die TIMING-Nachricht meldet %1 Durchläufe, enthält aber %2 Bytes an Latenzen; jeder Durchlauf braucht %3.</translation>
    </message>
    <message>
        <location filename="../src/core/device/serialportlink.cpp" line="+40" />
        <source>%1 (%2 baud)</source>
        <translation>%1 (%2 Baud)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The serial port %1 does not accept %2 baud, 8N1: %3.</source>
        <translation>Der serielle Port %1 akzeptiert %2 Baud, 8N1, nicht: %3.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose a baud rate the board supports (the template's default is 115200).</source>
        <translation>Wählen Sie eine Baudrate, die das Board unterstützt (Standard der Vorlage ist 115200).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The serial port %1 does not exist.</source>
        <translation>Der serielle Port %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the board is plugged in and choose its port (USB boards appear as /dev/ttyACM* or /dev/ttyUSB*). An emulated board's port exists only while it runs.</source>
        <translation>Prüfen Sie, ob das Board eingesteckt ist, und wählen Sie seinen Port (USB-Boards erscheinen als /dev/ttyACM* oder /dev/ttyUSB*). Der Port eines emulierten Boards existiert nur, solange es läuft.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Permission denied opening the serial port %1.</source>
        <translation>Zugriff verweigert beim Öffnen des seriellen Ports %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add your user to the dialout group (sudo usermod -aG dialout $USER), then log out and back in.</source>
        <translation>Fügen Sie Ihren Benutzer der Gruppe dialout hinzu (sudo usermod -aG dialout $USER), melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The serial port %1 is busy: another program has it open.</source>
        <translation>Der serielle Port %1 ist belegt: Ein anderes Programm hat ihn geöffnet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close the other program that uses %1 (a serial monitor, another TinyDeploy, ModemManager) and try again.</source>
        <translation>Schließen Sie das andere Programm, das %1 benutzt (ein serieller Monitor, ein weiteres TinyDeploy, ModemManager), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not open the serial port %1: %2.</source>
        <translation>Der serielle Port %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the port name and that the board is connected.</source>
        <translation>Prüfen Sie den Portnamen und ob das Board angeschlossen ist.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The serial port %1 is not open.</source>
        <translation>Der serielle Port %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not write to the serial port %1: %2.</source>
        <translation>Auf den seriellen Port %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the port was closed at the other end</source>
        <translation>der Port wurde am anderen Ende geschlossen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device disconnected (%1).</source>
        <translation>Die Verbindung zum Gerät wurde getrennt (%1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the cable, or whether the board reset or the emulator or host runner exited; then connect again.</source>
        <translation>Prüfen Sie das Kabel, oder ob das Board neu gestartet ist oder der Emulator bzw. Host-Runner beendet wurde; verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/device/portdiscovery.cpp" line="+36" />
        <location line="+209" />
        <source>serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <location line="-205" />
        <location line="+211" />
        <location filename="../src/core/device/portdoctor.cpp" line="+247" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-196" />
        <source>No serial port is reported by the system.</source>
        <translation>Das System meldet keinen seriellen Port.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial ports seen:</source>
        <translation>Gefundene serielle Ports:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Plug in the USB cable at the connector marked ST-LINK (some USB cables only charge).</source>
        <translation>Stecken Sie das USB-Kabel an der mit ST-LINK beschrifteten Buchse ein (manche USB-Kabel laden nur).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plug the board in at its DAPLink USB connector with a data cable (some USB cables only charge).</source>
        <translation>Stecken Sie das Board mit einem Datenkabel an seiner DAPLink-USB-Buchse an (manche USB-Kabel laden nur).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plug the board in with a data cable (some USB cables only charge).</source>
        <translation>Stecken Sie das Board mit einem Datenkabel an (manche USB-Kabel laden nur).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Then check the udev rules (Debian's openocd package installs them for ST-LINK and DAPLink probes) and that you are in the dialout group. If the port appears and vanishes at once, the brltty service took it (sudo apt remove brltty).</source>
        <translation>Prüfen Sie dann die udev-Regeln (das Debian-Paket openocd installiert sie für ST-LINK- und DAPLink-Adapter) und ob Sie in der Gruppe dialout sind. Wenn der Port erscheint und sofort wieder verschwindet, hat ihn der Dienst brltty an sich gerissen (sudo apt remove brltty).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the port with --port (tinydeploy-cli) or choose it in the port list.</source>
        <translation>Geben Sie den Port mit --port an (tinydeploy-cli), oder wählen Sie ihn in der Portliste.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 is gone: the board with serial number %2 is now %3.</source>
        <translation>%1 ist verschwunden: Das Board mit der Seriennummer %2 ist jetzt %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The serial port %1 is not there, and no port has the serial number %2 of %3.</source>
        <translation>Der serielle Port %1 ist nicht vorhanden, und kein Port hat die Seriennummer %2 von %3.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The serial port %1 belongs to another board (serial number %2), not to %3 with serial number %4.</source>
        <translation>Der serielle Port %1 gehört zu einem anderen Board (Seriennummer %2), nicht zu %3 mit der Seriennummer %4.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>That board is on %1 now: use that port.</source>
        <translation>Dieses Board hängt jetzt an %1: Verwenden Sie diesen Port.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the port of the board you mean, or give its serial number.</source>
        <translation>Wählen Sie den Port des gemeinten Boards, oder geben Sie seine Seriennummer an.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Choose the port of %1, or plug it in.</source>
        <translation>Wählen Sie den Port von %1, oder schließen Sie das Board an.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The ports of %1: %2.</source>
        <translation>Die Ports von %1: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The serial port %1 belongs to another device (USB %2), not to %3 (USB %4).</source>
        <translation>Der serielle Port %1 gehört zu einem anderen Gerät (USB %2), nicht zu %3 (USB %4).</translation>
    </message>
    <message>
        <location line="+94" />
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Ports that look like %1 but have another serial number: %2. Check the serial number, or choose one of them.</source>
        <translation>Ports, die nach %1 aussehen, aber eine andere Seriennummer haben: %2. Prüfen Sie die Seriennummer, oder wählen Sie einen davon.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No serial port has the serial number %1 of %2: the board is not plugged in.</source>
        <translation>Kein serieller Port hat die Seriennummer %1 von %2: Das Board ist nicht eingesteckt.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 declares no USB serial port (VCP) that TinyDeploy can recognise, and no port was given.</source>
        <translation>%1 gibt keinen USB-seriellen Port (VCP) an, den TinyDeploy erkennen kann, und es wurde kein Port angegeben.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No serial port of %1 is plugged in: none has USB id %2.</source>
        <translation>Kein serieller Port von %1 ist eingesteckt: Keiner hat die USB-ID %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Several serial ports look like %1, and none was chosen: %2.</source>
        <translation>Mehrere serielle Ports sehen nach %1 aus, und keiner wurde gewählt: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose one: give --port, or the serial_number option with the board's serial number (tinydeploy-cli), or choose it in the port list.</source>
        <translation>Wählen Sie einen: Geben Sie --port an oder die Option serial_number mit der Seriennummer des Boards (tinydeploy-cli), oder wählen Sie ihn in der Portliste.</translation>
    </message>
    <message>
        <location filename="../src/core/device/framedrunner.cpp" line="+44" />
        <source>TinyDeploy protocol</source>
        <translation>TinyDeploy-Protokoll</translation>
    </message>
    <message>
        <location filename="../src/core/device/portdoctor.cpp" line="-214" />
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plug the board in (with a data cable), or choose the port it has now: boards get a new name when they are plugged in again.</source>
        <translation>Schließen Sie das Board an (mit einem Datenkabel) oder wählen Sie den Port, den es jetzt hat: Boards erhalten beim erneuten Anschließen einen neuen Namen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 can be opened.</source>
        <translation>%1 kann geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mode %1</source>
        <translation>Modus %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>You may not open %1: it belongs to the group %2, and you are not in it.</source>
        <translation>Sie dürfen %1 nicht öffnen: Es gehört zur Gruppe %2, und Sie sind nicht Mitglied.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>mode %1, owner uid %2, group %3 (gid %4)</source>
        <translation>Modus %1, Besitzer-UID %2, Gruppe %3 (GID %4)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>You may not open %1 yet: you were added to the group %2, but this login session started before that.</source>
        <translation>Sie dürfen %1 noch nicht öffnen: Sie wurden zur Gruppe %2 hinzugefügt, aber diese Sitzung hat schon vorher begonnen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log out and log in again (or restart the computer).</source>
        <translation>Melden Sie sich ab und wieder an (oder starten Sie den Computer neu).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its mode gives the group no access: install TinyDeploy's udev rules (they let the logged-in user open the boards it knows), or run sudo chmod 0660 %1 for now.</source>
        <translation>Seine Zugriffsrechte erlauben der Gruppe keinen Zugriff: Installieren Sie die udev-Regeln von TinyDeploy (damit kann der angemeldete Benutzer die bekannten Boards öffnen) oder führen Sie vorerst sudo chmod 0660 %1 aus.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Run: sudo usermod -aG %1 %2, then log out and log in again (the new group applies to new login sessions only).</source>
        <translation>Führen Sie sudo usermod -aG %1 %2 aus und melden Sie sich dann ab und wieder an (die neue Gruppe gilt nur für neue Sitzungen).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ModemManager has %1 open: it takes the board for a modem.</source>
        <translation>ModemManager hat %1 geöffnet: Es hält das Board für ein Modem.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install TinyDeploy's udev rules (they tell ModemManager to leave the boards alone) and plug the board in again, or run: sudo systemctl disable --now ModemManager.</source>
        <translation>Installieren Sie die udev-Regeln von TinyDeploy (sie weisen ModemManager an, die Boards in Ruhe zu lassen) und schließen Sie das Board erneut an, oder führen Sie aus: sudo systemctl disable --now ModemManager.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+9" />
        <location line="+10" />
        <source>held by %1</source>
        <translation>belegt von %1</translation>
    </message>
    <message>
        <location line="-13" />
        <source>brltty (the braille display driver) has %1 open.</source>
        <translation>brltty (der Treiber für Braillezeilen) hat %1 geöffnet.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+67" />
        <source>If you use no braille display, run: sudo apt remove brltty, then plug the board in again.</source>
        <translation>Wenn Sie keine Braillezeile verwenden, führen Sie sudo apt remove brltty aus und schließen Sie das Board dann erneut an.</translation>
    </message>
    <message>
        <location line="-59" />
        <source>%1 is in use by %2.</source>
        <translation>%1 wird von %2 verwendet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close that program (a serial monitor, another TinyDeploy, an IDE), or end it: kill %1.</source>
        <translation>Schließen Sie dieses Programm (einen seriellen Monitor, ein anderes TinyDeploy, eine IDE) oder beenden Sie es: kill %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ModemManager is running and may open %1 for a few seconds after the board appears, which makes flashing or the first connection fail.</source>
        <translation>ModemManager läuft und öffnet %1 eventuell für einige Sekunden, nachdem das Board erscheint. Dann schlagen das Flashen oder die erste Verbindung fehl.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Install TinyDeploy's udev rules (they set ID_MM_DEVICE_IGNORE for the boards it knows), or run: sudo systemctl disable --now ModemManager.</source>
        <translation>Installieren Sie die udev-Regeln von TinyDeploy (sie setzen ID_MM_DEVICE_IGNORE für die bekannten Boards) oder führen Sie aus: sudo systemctl disable --now ModemManager.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ModemManager runs as %1</source>
        <translation>ModemManager läuft als %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The USB serial adapter %1 has no serial port: brltty (the braille display driver) took it.</source>
        <translation>Der USB-Seriell-Adapter %1 hat keinen seriellen Port: brltty (der Treiber für Braillezeilen) hat ihn belegt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>USB device %1</source>
        <translation>USB-Gerät %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is on the USB bus (%2) but has no serial port.</source>
        <translation>%1 ist am USB-Bus (%2), hat aber keinen seriellen Port.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The board may be in bootloader (DFU) mode, or its probe's firmware has no serial interface: reset it or update the probe's firmware, and check that the cable is a data cable.</source>
        <translation>Das Board ist vielleicht im Bootloader-Modus (DFU), oder die Firmware seines Debug-Adapters hat keine serielle Schnittstelle: Setzen Sie es zurück oder aktualisieren Sie die Firmware des Adapters, und prüfen Sie, ob das Kabel ein Datenkabel ist.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>USB device %1, serial number %2</source>
        <translation>USB-Gerät %1, Seriennummer %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No serial port, and no board TinyDeploy knows, is on the USB bus.</source>
        <translation>Am USB-Bus ist weder ein serieller Port noch ein Board, das TinyDeploy kennt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plug the board in. If it is plugged in and its lights are on, the cable may carry power only: try another cable (a data cable) and another USB socket.</source>
        <translation>Schließen Sie das Board an. Wenn es angeschlossen ist und seine LEDs leuchten, liefert das Kabel vielleicht nur Strom: Versuchen Sie ein anderes Kabel (ein Datenkabel) und eine andere USB-Buchse.</translation>
    </message>
    <message numerus="yes">
        <location line="+37" />
        <source>%1 appeared and vanished %n time(s) while TinyDeploy watched.</source>
        <translation>
            <numerusform>%1 ist während der Beobachtung durch TinyDeploy %n Mal aufgetaucht und wieder verschwunden.</numerusform>
            <numerusform>%1 ist während der Beobachtung durch TinyDeploy %n Mal aufgetaucht und wieder verschwunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The board keeps resetting or the cable is loose: try another cable and another USB socket (not a hub), and check that the board has enough power.</source>
        <translation>Das Board startet ständig neu oder das Kabel sitzt locker: Versuchen Sie ein anderes Kabel und eine andere USB-Buchse (keinen Hub), und prüfen Sie, ob das Board genug Strom bekommt.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Format</name>
    <message>
        <location filename="../src/core/util/format.cpp" line="+18" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui</name>
    <message>
        <location filename="../src/gui/wizardcontroller.cpp" line="+119" />
        <source>The sample model is not installed.</source>
        <translation>Das Beispielmodell ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reinstall TinyDeploy, or open a model archive of your own.</source>
        <translation>Installieren Sie TinyDeploy neu, oder öffnen Sie ein eigenes Modellarchiv.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Looked in %1.</source>
        <translation>Gesucht in %1.</translation>
    </message>
    <message>
        <source>Looked in %1/../samples and %1/../share/tinydeploy/samples.</source>
        <translation type="vanished">Gesucht in %1/../samples und %1/../share/tinydeploy/samples.</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Module "%1" uses the graph executor: it needs a JSON parser and more memory on the device than the AOT executor, and our templates expect AOT.</source>
        <translation>Modul „%1“ verwendet den Graph-Executor: Er braucht einen JSON-Parser und mehr Speicher auf dem Gerät als der AOT-Executor, und unsere Vorlagen erwarten AOT.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The model was compiled for %1 but the board %2 has a %3: it may not build, or run slower than it could.</source>
        <translation>Das Modell wurde für %1 kompiliert, aber das Board %2 hat einen %3: Es lässt sich eventuell nicht bauen oder läuft langsamer als möglich.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizarddeployment.cpp" line="+75" />
        <source>A deployment is in progress.</source>
        <translation>Eine Bereitstellung läuft.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for it to finish, or cancel it, then press Run Again.</source>
        <translation>Warten Sie, bis sie abgeschlossen ist, oder brechen Sie sie ab, und klicken Sie dann auf „Erneut ausführen“.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The model this project was made from no longer exists.</source>
        <translation>Das Modell, aus dem dieses Projekt erstellt wurde, existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the model archive back, or open the model and deploy it again.</source>
        <translation>Legen Sie das Modellarchiv wieder an seinen Platz oder öffnen Sie das Modell und stellen Sie es erneut bereit.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The template %1 of this project is not installed any more.</source>
        <translation>Die Vorlage %1 dieses Projekts ist nicht mehr installiert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Install the template again (Settings &gt; Template folders), or deploy the model with another template.</source>
        <translation>Installieren Sie die Vorlage erneut (Einstellungen &gt; Vorlagenordner) oder stellen Sie das Modell mit einer anderen Vorlage bereit.</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Flash the device before running the model.</source>
        <translation>Flashen Sie das Gerät, bevor Sie das Modell ausführen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A run is still in progress.</source>
        <translation>Ein Durchlauf ist noch im Gange.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Connecting to the device was cancelled before the model ran.</source>
        <translation>Die Verbindung zum Gerät wurde abgebrochen, bevor das Modell lief.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Press Retry to deploy again.</source>
        <translation>Drücken Sie „Erneut versuchen“, um erneut bereitzustellen.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizardstep.cpp" line="+18" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash</source>
        <translation>Flashen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2" />
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+16" />
        <source>About TinyDeploy</source>
        <translation>Über TinyDeploy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Deploys TVM Model Library Format models to microcontrollers through microTVM Project API templates.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Bringt TVM-Modelle im Model Library Format über Vorlagen der microTVM Project API auf Mikrocontroller.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&lt;b&gt;Templates:&lt;/b&gt; not checked yet (open the Target step).</source>
        <translation>&lt;b&gt;Vorlagen:&lt;/b&gt; noch nicht geprüft (öffnen Sie den Schritt „Ziel“).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Templates:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Vorlagen:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Tools found:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gefundene Werkzeuge:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+44" />
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 (did not say its version)</source>
        <translation>%1 (hat keine Version angegeben)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>could not start: %1</source>
        <translation>konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::BatchDialog</name>
    <message>
        <location filename="../src/gui/batchdialog.cpp" line="+47" />
        <source>Deploy to Several Boards</source>
        <translation>Auf mehreren Boards bereitstellen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Flash Several Boards</source>
        <translation>Mehrere Boards flashen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Flashes the deployment package %1 into several boards, a few at a time, and checks each with the package's samples. Nothing is built. A board that fails keeps its row, with Retry.</source>
        <translation>Flasht das Deployment-Paket %1 auf mehrere Boards, einige gleichzeitig, und prüft jedes mit den Beispielen des Pakets. Es wird nichts gebaut. Ein Board, das fehlschlägt, behält seine Zeile, mit „Wiederholen“.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deploys %1 with %2 to several boards: the project is built once, then each board is flashed and checked, a few at a time. A board that fails keeps its row, with Retry.</source>
        <translation>Stellt %1 mit %2 auf mehreren Boards bereit: Das Projekt wird einmal gebaut, dann wird jedes Board geflasht und geprüft, einige gleichzeitig. Ein fehlgeschlagenes Board behält seine Zeile, mit „Wiederholen“.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Emulated &amp;boards:</source>
        <translation>&amp;Emulierte Boards:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Boards:</source>
        <translation>Boards:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>How many boards are flashed and checked at the same time.</source>
        <translation>Wie viele Boards gleichzeitig geflasht und geprüft werden.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;At once:</source>
        <translation>&amp;Gleichzeitig:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Boards of the batch</source>
        <translation>Boards des Stapels</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add to Batc&amp;h</source>
        <translation>Zum Stapel &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Cancel All</source>
        <translation>Alle abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Deploy to Several Boards…</source>
        <translation>Auf &amp;mehreren Boards bereitstellen…</translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <source>%n %1 board(s) connected.</source>
        <translation>
            <numerusform>%n %1-Board angeschlossen.</numerusform>
            <numerusform>%n %1-Boards angeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34" />
        <source>Building the project once…</source>
        <translation>Das Projekt wird einmal gebaut…</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+15" />
        <source>Flashing and checking each board…</source>
        <translation>Jedes Board wird geflasht und geprüft…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry board %1</source>
        <translation>Board %1 wiederholen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 of %2 boards passed, %3 failed, %4 cancelled.</source>
        <translation>%1 von %2 Boards bestanden, %3 fehlgeschlagen, %4 abgebrochen.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>New board plugged in, not in this batch: %1.</source>
        <translation>Neues Board angeschlossen, nicht in diesem Stapel: %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+10" />
        <source>Export Batch Report</source>
        <translation>Stapelbericht exportieren</translation>
    </message>
    <message>
        <location line="-6" />
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cancelling every board…</source>
        <translation>Alle Boards werden abgebrochen…</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::BatchTableModel</name>
    <message>
        <location filename="../src/gui/batchtablemodel.cpp" line="+55" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::BuildProgress</name>
    <message>
        <location filename="../src/gui/buildprogress.cpp" line="+19" />
        <source>Step progress</source>
        <translation>Fortschritt des Schritts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Time since the step started</source>
        <translation>Zeit seit dem Start des Schritts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elapsed %1</source>
        <translation>%1 verstrichen</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::DiagnosticsDialog</name>
    <message>
        <location filename="../src/gui/diagnosticsdialog.cpp" line="+71" />
        <source>Log Categories</source>
        <translation>Protokollkategorien</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Developer diagnostics: switch on the areas to look into. Their messages appear below; wire dumps can be large.</source>
        <translation>Diagnose für Entwickler: Schalten Sie die Bereiche ein, die Sie untersuchen möchten. Ihre Meldungen erscheinen unten; Mitschnitte der Übertragung können groß werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>QT_LOGGING_RULES is set in the environment (%1); its rules take precedence over these switches.</source>
        <translation>QT_LOGGING_RULES ist in der Umgebung gesetzt (%1); ihre Regeln haben Vorrang vor diesen Schaltern.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Captured messages</source>
        <translation>Erfasste Meldungen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Plugins (loaded when a page needs them):</source>
        <translation>Plugins (geladen, wenn eine Seite sie braucht):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Plugin folders, in search order (TINYDEPLOY_PLUGIN_PATH first):</source>
        <translation>Plugin-Ordner in Suchreihenfolge (TINYDEPLOY_PLUGIN_PATH zuerst):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  %1 (does not exist)</source>
        <translation>  %1 (existiert nicht)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+15" />
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Plugins found:</source>
        <translation>Gefundene Plugins:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  %1 %2 (%3): %4</source>
        <translation>  %1 %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>built into the application</source>
        <translation>in die Anwendung eingebaut</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No plugin manager in this program.</source>
        <translation>Dieses Programm hat keine Plugin-Verwaltung.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::DrawingCanvas</name>
    <message>
        <location filename="../src/gui/drawingcanvas.cpp" line="+27" />
        <source>Drawing area</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draw a digit with the mouse, a finger or a pen. Delete or Backspace clears it.</source>
        <translation>Zeichnen Sie eine Ziffer mit der Maus, einem Finger oder einem Stift. Delete oder Backspace löscht sie.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a digit here; it is sent to the device as you lift the pen.</source>
        <translation>Zeichnen Sie hier eine Ziffer; sie wird an das Gerät gesendet, sobald Sie den Stift anheben.</translation>
    </message>
    <message>
        <location filename="../src/gui/strokeraster.cpp" line="+131" />
        <source>This model's input is not a small grey picture, so it cannot be drawn.</source>
        <translation>Die Eingabe dieses Modells ist kein kleines Graustufenbild und kann daher nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a sample input or a file instead.</source>
        <translation>Wählen Sie stattdessen eine Beispieleingabe oder eine Datei.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::DrawingPanel</name>
    <message>
        <location filename="../src/gui/drawingcanvas.cpp" line="+202" />
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear the drawing</source>
        <translation>Zeichnung löschen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the drawing (Delete)</source>
        <translation>Zeichnung löschen (Delete)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a digit; the device answers as you lift the pen.</source>
        <translation>Zeichnen Sie eine Ziffer; das Gerät antwortet, sobald Sie den Stift anheben.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ErrorPanel</name>
    <message>
        <location filename="../src/gui/errorpanel.cpp" line="+30" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+44" />
        <source>Show Detai&amp;ls</source>
        <translation>Detai&amp;ls anzeigen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hide Detai&amp;ls</source>
        <translation>Detai&amp;ls ausblenden</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="vanished">&amp;Details anzeigen</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Show error details</source>
        <translation>Fehlerdetails anzeigen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation type="vanished">&amp;Details ausblenden</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::FitCheckWidget</name>
    <message>
        <location filename="../src/gui/fitcheckwidget.cpp" line="+37" />
        <source>Fit check result</source>
        <translation>Ergebnis der Passprüfung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Flash use</source>
        <translation>Flash-Belegung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+0" />
        <source>RAM use</source>
        <translation>RAM-Belegung</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How the sizes were estimated</source>
        <translation>Wie die Größen geschätzt wurden</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+75" />
        <location line="+5" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-75" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 over</source>
        <translation>%1 zu viel</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The model does not fit on %1: not enough flash and RAM.</source>
        <translation>Das Modell passt nicht auf %1: zu wenig Flash und RAM.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The model does not fit on %1: not enough flash.</source>
        <translation>Das Modell passt nicht auf %1: zu wenig Flash.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The model does not fit on %1: not enough RAM.</source>
        <translation>Das Modell passt nicht auf %1: zu wenig RAM.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model fits on %1.</source>
        <translation>Das Modell passt auf %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot tell whether the model fits on %1: the board does not declare all its memory.</source>
        <translation>Ob das Modell auf %1 passt, lässt sich nicht sagen: Das Board gibt nicht seinen ganzen Speicher an.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose a model and a board to see whether the model fits.</source>
        <translation>Wählen Sie ein Modell und ein Board, um zu sehen, ob das Modell passt.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::FlashPage</name>
    <message>
        <location filename="../src/gui/flashpage.cpp" line="+30" />
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fertig.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Done.&lt;/b&gt; The device answers on %1.</source>
        <translation>&lt;b&gt;Fertig.&lt;/b&gt; Das Gerät antwortet an %1.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::HistoryDialog</name>
    <message>
        <location filename="../src/gui/historydialog.cpp" line="+57" />
        <source>Deployment History</source>
        <translation>Bereitstellungsverlauf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement / accuracy</source>
        <translation>Übereinstimmung / Genauigkeit</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Part of the model's name</source>
        <translation>Teil des Modellnamens</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Part of the board's name</source>
        <translation>Teil des Board-Namens</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any result</source>
        <translation>Beliebiges Ergebnis</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Since</source>
        <translation>&amp;Seit</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Deployment records</source>
        <translation>Bereitstellungseinträge</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run &amp;Again</source>
        <translation>Erneut a&amp;usführen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the model again on the board of this record, without building or flashing anything</source>
        <translation>Das Modell erneut auf dem Board dieses Eintrags ausführen, ohne etwas zu bauen oder zu flashen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+50" />
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Reading the records…</source>
        <translation>Einträge werden gelesen…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 during %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 us</source>
        <translation>%1 µs</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n record(s). Not readable: %1</source>
        <translation>
            <numerusform>%n Eintrag. Nicht lesbar: %1</numerusform>
            <numerusform>%n Einträge. Nicht lesbar: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49" />
        <source>Running %1 again.</source>
        <translation>%1 wird erneut ausgeführt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running %1 again. %2</source>
        <translation>%1 wird erneut ausgeführt. %2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Record %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open Logs &amp;Folder</source>
        <translation>Log-&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Delete Record</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the record of %1 (%2)? Its logs, results and the project inside it are removed.</source>
        <translation>Den Eintrag von %1 (%2) löschen? Seine Logs, Ergebnisse und das darin enthaltene Projekt werden entfernt.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>No record is selected.</source>
        <translation>Kein Eintrag ausgewählt.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>HTML report (*.html);;JSON report (*.json)</source>
        <translation>HTML-Bericht (*.html);;JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::HistoryScan</name>
    <message>
        <location filename="../src/gui/historyscan.cpp" line="+83" />
        <source>The deployment of %1 was interrupted during %2.</source>
        <translation>Die Bereitstellung von %1 wurde bei %2 unterbrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>See View &gt; History (%n interrupted).</source>
        <translation>
            <numerusform>Siehe Ansicht &gt; Verlauf (%n unterbrochen).</numerusform>
            <numerusform>Siehe Ansicht &gt; Verlauf (%n unterbrochen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::KioskActions</name>
    <message>
        <location filename="../src/gui/kioskactions.cpp" line="+30" />
        <source>Save as K&amp;iosk Configuration…</source>
        <translation>Als K&amp;iosk-Konfiguration speichern…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A file for "tinydeploy --kiosk": one big Deploy button for students, with this model, template, board and options.</source>
        <translation>Eine Datei für „tinydeploy --kiosk“: ein großer Bereitstellen-Knopf für Lernende, mit diesem Modell, dieser Vorlage, Platine und diesen Optionen.</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+12" />
        <source>Save as Kiosk Configuration</source>
        <translation>Als Kiosk-Konfiguration speichern</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Kiosk configurations (*.tdkiosk)</source>
        <translation>Kiosk-Konfigurationen (*.tdkiosk)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Wrote %1. Start the kiosk with: tinydeploy --kiosk %1</source>
        <translation>%1 geschrieben. Starten Sie den Kiosk mit: tinydeploy --kiosk %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::KioskWindow</name>
    <message>
        <location filename="../src/gui/kiosk/kioskcontroller.cpp" line="+38" />
        <source>Press Deploy first.</source>
        <translation>Klicken Sie zuerst auf „Bereitstellen“.</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Plug in the board the package is for.</source>
        <translation>Schließen Sie das Board an, für das das Paket bestimmt ist.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This computer runs the model itself: no board to plug in.</source>
        <translation>Dieser Computer führt das Modell selbst aus: Es muss kein Board angeschlossen werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emulated board (%1): always ready.</source>
        <translation>Emuliertes Board (%1): immer bereit.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Plug in a board: %1.</source>
        <translation>Schließen Sie ein Board an: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n boards are plugged in: unplug all but one.</source>
        <translation>
            <numerusform>%n Board ist angeschlossen: Trennen Sie alle bis auf eines.</numerusform>
            <numerusform>%n Boards sind angeschlossen: Trennen Sie alle bis auf eines.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Board ready: %1 on %2.</source>
        <translation>Board bereit: %1 an %2.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The deployment was cancelled.</source>
        <translation>Die Bereitstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/gui/kiosk/kioskerrors.cpp" line="+19" />
        <source>The deployment was stopped. Press Deploy to start again.</source>
        <translation>Die Bereitstellung wurde gestoppt. Klicken Sie auf „Bereitstellen“, um neu zu beginnen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No board was found. Plug in the board with its USB cable, wait a few seconds, then press Deploy.</source>
        <translation>Es wurde kein Board gefunden. Schließen Sie das Board mit seinem USB-Kabel an, warten Sie einige Sekunden und klicken Sie dann auf „Bereitstellen“.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The board was unplugged or stopped answering. Plug it in again, then press Deploy.</source>
        <translation>Das Board wurde getrennt oder antwortet nicht mehr. Schließen Sie es wieder an und klicken Sie dann auf „Bereitstellen“.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This model is too large for this board. Ask your teacher.</source>
        <translation>Dieses Modell ist zu groß für dieses Board. Fragen Sie Ihre Lehrkraft.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>TinyDeploy is not set up correctly on this computer. Ask your teacher.</source>
        <translation>TinyDeploy ist auf diesem Computer nicht richtig eingerichtet. Fragen Sie Ihre Lehrkraft.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+28" />
        <source>This kiosk's configuration cannot be used. Ask your teacher.</source>
        <translation>Die Konfiguration dieses Kiosks kann nicht verwendet werden. Fragen Sie Ihre Lehrkraft.</translation>
    </message>
    <message>
        <location line="-27" />
        <source>This kiosk's settings do not suit the board. Ask your teacher.</source>
        <translation>Die Einstellungen dieses Kiosks passen nicht zum Board. Fragen Sie Ihre Lehrkraft.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The model of this kiosk is damaged. Ask your teacher.</source>
        <translation>Das Modell dieses Kiosks ist beschädigt. Fragen Sie Ihre Lehrkraft.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The deployment package of this kiosk is damaged or was changed. Ask your teacher for a new one.</source>
        <translation>Das Deployment-Paket dieses Kiosks ist beschädigt oder wurde verändert. Bitten Sie Ihre Lehrkraft um ein neues.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The board did not answer. Unplug it, plug it in again, then press Deploy.</source>
        <translation>Das Board hat nicht geantwortet. Trennen Sie es, schließen Sie es wieder an und klicken Sie dann auf „Bereitstellen“.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The board answered something unexpected. Press its reset button, then press Deploy.</source>
        <translation>Das Board hat etwas Unerwartetes geantwortet. Drücken Sie seine Reset-Taste und klicken Sie dann auf „Bereitstellen“.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A file this kiosk needs is missing. Ask your teacher.</source>
        <translation>Eine Datei, die dieser Kiosk braucht, fehlt. Fragen Sie Ihre Lehrkraft.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The project for the board could not be prepared. Press Deploy to try again; if it fails again, ask your teacher.</source>
        <translation>Das Projekt für das Board konnte nicht vorbereitet werden. Klicken Sie auf „Bereitstellen“, um es erneut zu versuchen; wenn es wieder fehlschlägt, fragen Sie Ihre Lehrkraft.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The program for the board could not be built. Ask your teacher to check this computer.</source>
        <translation>Das Programm für das Board konnte nicht gebaut werden. Bitten Sie Ihre Lehrkraft, diesen Computer zu prüfen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The program could not be copied to the board. Check the USB cable, then press Deploy.</source>
        <translation>Das Programm konnte nicht auf das Board kopiert werden. Prüfen Sie das USB-Kabel und klicken Sie dann auf „Bereitstellen“.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>TinyDeploy could not talk to the board. Unplug it, plug it in again, then press Deploy.</source>
        <translation>TinyDeploy konnte nicht mit dem Board kommunizieren. Trennen Sie es, schließen Sie es wieder an und klicken Sie dann auf „Bereitstellen“.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model stopped while running on the board. Press Deploy to try again.</source>
        <translation>Das Modell ist während der Ausführung auf dem Board stehen geblieben. Klicken Sie auf „Bereitstellen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Something went wrong. Press Deploy to try again, or ask your teacher.</source>
        <translation>Etwas ist schiefgelaufen. Klicken Sie auf „Bereitstellen“, um es erneut zu versuchen, oder fragen Sie Ihre Lehrkraft.</translation>
    </message>
    <message>
        <location filename="../src/gui/kiosk/kioskwindow.cpp" line="+56" />
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+4" />
        <location line="+129" />
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location line="-128" />
        <source>Puts the model on the board and runs it (Enter)</source>
        <translation>Überträgt das Modell auf das Board und führt es aus (Enter)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The full error, for the teacher</source>
        <translation>Die vollständige Fehlermeldung, für die Lehrkraft</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <location line="+96" />
        <source>Deploy Again</source>
        <translation>Erneut bereitstellen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %p%</source>
        <translation>%1: %p%</translation>
    </message>
    <message>
        <location line="+39" />
        <source>You drew: %1</source>
        <translation>Sie haben gezeichnet: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The board says: %1</source>
        <translation>Das Board sagt: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model ran on the board.</source>
        <translation>Das Modell wurde auf dem Board ausgeführt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>It took %1 µs on this computer.</source>
        <translation>Es dauerte %1 µs auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It took %1 µs on the emulated board.</source>
        <translation>Es dauerte %1 µs auf dem emulierten Board.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It took %1 µs on the board.</source>
        <translation>Es dauerte %1 µs auf dem Board.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stopping the board…</source>
        <translation>Das Board wird gestoppt…</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::LatencyChart</name>
    <message>
        <location filename="../src/gui/latencychart.cpp" line="+26" />
        <location line="+2" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Latency per run</source>
        <translation type="vanished">Latenz pro Durchlauf</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Latency (µs)</source>
        <translation>Latenz (µs)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency chart</source>
        <translation>Latenzdiagramm</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Latency statistics</source>
        <translation>Latenzstatistik</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emulated board: cycle counts come from the emulator, not from real silicon.</source>
        <translation>Emuliertes Board: Die Taktzyklen stammen vom Emulator, nicht von echter Hardware.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Emulated timing notice</source>
        <translation>Hinweis auf emulierte Zeiten</translation>
    </message>
    <message>
        <location line="+48" />
        <source>its plugin could not make the plot</source>
        <translation>sein Plugin konnte das Diagramm nicht erstellen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin could not be loaded</source>
        <translation>sein Plugin konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin does not provide a latency plot</source>
        <translation>sein Plugin liefert kein Latenzdiagramm</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin belongs to another version of TinyDeploy</source>
        <translation>sein Plugin gehört zu einer anderen TinyDeploy-Version</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin is missing or damaged</source>
        <translation>sein Plugin fehlt oder ist beschädigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin was not found</source>
        <translation>sein Plugin wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plugin folders searched (TINYDEPLOY_PLUGIN_PATH first):</source>
        <translation>Durchsuchte Plugin-Ordner (TINYDEPLOY_PLUGIN_PATH zuerst):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The latency chart is not available: %1.</source>
        <translation>Das Latenzdiagramm ist nicht verfügbar: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency chart not available</source>
        <translation>Latenzdiagramm nicht verfügbar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reinstall TinyDeploy; the plugin belongs in %1.</source>
        <translation>Installieren Sie TinyDeploy neu; das Plugin gehört nach %1.</translation>
    </message>
    <message>
        <location line="+92" />
        <source>No runs yet.</source>
        <translation>Noch keine Durchläufe.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>min %1 · median %2 · max %3 (%n run(s))</source>
        <translation>
            <numerusform>min. %1 · Median %2 · max. %3 (%n Durchlauf)</numerusform>
            <numerusform>min. %1 · Median %2 · max. %3 (%n Durchläufe)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::LogModel</name>
    <message>
        <location filename="../src/gui/logstore.cpp" line="+112" />
        <source>Cannot create the log file: %1.</source>
        <translation>Die Protokolldatei kann nicht angelegt werden: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../src/gui/logsave.cpp" line="+114" />
        <location filename="../src/gui/logstore.cpp" line="+8" />
        <location line="+132" />
        <source>Cannot read the log file: %1.</source>
        <translation>Die Protokolldatei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/logstore.cpp" line="+2" />
        <source>Check that the file exists and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="-118" />
        <source>Cannot create a temporary log file: %1.</source>
        <translation>Es kann keine temporäre Protokolldatei angelegt werden: %1.</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+68" />
        <source>Cannot write the log file: %1.</source>
        <translation>Die Protokolldatei kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Free some disk space; the log shown may be incomplete.</source>
        <translation>Geben Sie Speicherplatz frei; das angezeigte Protokoll ist eventuell unvollständig.</translation>
    </message>
    <message>
        <location filename="../src/gui/logmodel.cpp" line="+201" />
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/logsave.cpp" line="-16" />
        <location line="+26" />
        <location line="+8" />
        <location line="+6" />
        <source>Cannot save the log: %1.</source>
        <translation>Das Protokoll kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Choose a folder you may write to.</source>
        <translation>Wählen Sie einen Ordner, in dem Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+8" />
        <source>Check the free disk space.</source>
        <translation>Prüfen Sie den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::LogView</name>
    <message>
        <location filename="../src/gui/logview.cpp" line="+53" />
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Search the log (Ctrl+F)</source>
        <translation>Im Protokoll suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find the next line containing the text (F3)</source>
        <translation>Die nächste Zeile mit dem Text suchen (F3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find the previous line containing the text (Shift+F3)</source>
        <translation>Die vorige Zeile mit dem Text suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>F&amp;ollow</source>
        <translation>&amp;Mitlaufen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep the newest line in view</source>
        <translation>Die neueste Zeile sichtbar halten</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Times</source>
        <translation>&amp;Zeiten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show when each line arrived</source>
        <translation>Anzeigen, wann jede Zeile ankam</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Die ausgewählten Zeilen kopieren (Strg+C)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Save As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the whole log to a file</source>
        <translation>Das ganze Protokoll in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty the view; the log file keeps every line</source>
        <translation>Die Ansicht leeren; die Protokolldatei behält jede Zeile</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Log status</source>
        <translation>Protokollstatus</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Saved the log to %1.</source>
        <translation>Protokoll in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+60" />
        <location line="+31" />
        <source>No line contains "%1".</source>
        <translation>Keine Zeile enthält „%1“.</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Searching...</source>
        <translation>Suche läuft...</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Save Log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log files (*.log *.txt)</source>
        <translation>Protokolldateien (*.log *.txt)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saving...</source>
        <translation>Wird gespeichert...</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+65" />
        <source>TinyDeploy</source>
        <translation>TinyDeploy</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Put a trained model on a microcontroller&lt;/h2&gt;&lt;p&gt;Open a TVM Model Library Format archive (.tar, .tar.gz, .tar.xz) or an extracted archive folder to see what it holds. You can also drop it on this window.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h2&gt;Ein trainiertes Modell auf einen Mikrocontroller bringen&lt;/h2&gt;&lt;p&gt;Öffnen Sie ein TVM-Archiv im Model Library Format (.tar, .tar.gz, .tar.xz) oder einen entpackten Archivordner, um seinen Inhalt zu sehen. Sie können es auch auf dieses Fenster ziehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="+43" />
        <source>&amp;Open Model Archive…</source>
        <translation>Modellarchiv ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open model archive</source>
        <translation type="vanished">Modellarchiv öffnen</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation type="vanished">Archiv wird gelesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Abgebrochen.</translation>
    </message>
    <message>
        <source>Open Another Archive…</source>
        <translation type="vanished">Anderes Archiv öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+88" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="-1" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="vanished">&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="-85" />
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+26" />
        <location filename="../src/gui/mainwindowmenus.cpp" line="+31" />
        <source>&amp;Back</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the previous step</source>
        <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/gui/mainwindowmenus.cpp" line="+86" />
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/gui/mainwindowmenus.cpp" line="+2" />
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="-116" />
        <source>&amp;Try the Sample Model</source>
        <translation>Beispielmodell aus&amp;probieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Save Log…</source>
        <translation>Protokoll &amp;speichern…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close Model</source>
        <translation>Modell s&amp;chließen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>De&amp;ploy</source>
        <translation>Berei&amp;tstellen</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Run Con&amp;tinuously</source>
        <translation>&amp;Fortlaufend ausführen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Language and &amp;Settings…</source>
        <translation>&amp;Sprache und Einstellungen…</translation>
    </message>
    <message>
        <location line="+50" />
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <location line="-89" />
        <source>&amp;Next / Deploy</source>
        <translation>&amp;Weiter / Bereitstellen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Run &amp;Once</source>
        <translation>&amp;Einmal ausführen</translation>
    </message>
    <message>
        <source>Run &amp;Continuously</source>
        <translation type="vanished">&amp;Fortlaufend ausführen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Log Categories…</source>
        <translation>&amp;Protokollkategorien…</translation>
    </message>
    <message>
        <source>&amp;Language and Settings…</source>
        <translation type="vanished">&amp;Sprache und Einstellungen…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About TinyDeploy</source>
        <translation>Über &amp;TinyDeploy</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+203" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Step %1: %2, %3</source>
        <translation>Schritt %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="+26" />
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+33" />
        <source>Open Model Archive</source>
        <translation>Modellarchiv öffnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model Library Format archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;Metadata of an extracted archive (metadata.json);;All files (*)</source>
        <translation>Archive im Model Library Format (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;Metadaten eines entpackten Archivs (metadata.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Stopping the device…</source>
        <translation>Gerät wird gestoppt…</translation>
    </message>
    <message>
        <location line="-285" />
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="vanished">%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+258" />
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>About TinyDeploy</source>
        <translation type="vanished">Über TinyDeploy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Deploys TVM Model Library Format models to microcontrollers through microTVM Project API templates.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Bringt TVM-Modelle im Model Library Format über Vorlagen der microTVM Project API auf Mikrocontroller.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ModelPage</name>
    <message>
        <location filename="../src/gui/modelpage.cpp" line="+48" />
        <source>No recent models</source>
        <translation>Keine zuletzt verwendeten Modelle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Recent models…</source>
        <translation>Zuletzt verwendete Modelle…</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ModelSummaryWidget</name>
    <message>
        <location filename="../src/gui/modelsummarywidget.cpp" line="+17" />
        <source>AOT (ahead of time)</source>
        <translation>AOT (ahead of time)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Graph executor</source>
        <translation>Graph-Executor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none (operator library)</source>
        <translation>keiner (Operatorbibliothek)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>(no module)</source>
        <translation>(kein Modul)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2, %3, metadata version %4</source>
        <translation>%1 — %2, %3, Metadatenversion %4</translation>
    </message>
    <message>
        <location line="+12" />
        <source>unknown (not recorded)</source>
        <translation>unbekannt (nicht aufgezeichnet)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>none found in the generated C (header declares %1)</source>
        <translation>keiner im generierten C gefunden (Header deklariert %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+10" />
        <location line="+14" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-21" />
        <source>TVM standalone C runtime included (runtime/)</source>
        <translation>Eigenständige C-Laufzeit von TVM enthalten (runtime/)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not included: the template's own runtime support is used</source>
        <translation>nicht enthalten: Die Vorlage bringt ihre eigene Laufzeitunterstützung mit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>workspace %1</source>
        <translation>Arbeitsspeicher %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>constants %1</source>
        <translation>Konstanten %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>I/O %1</source>
        <translation>E/A %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>parameters file %1</source>
        <translation>Parameterdatei %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>generated code %1</source>
        <translation>generierter Code %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>C name: %1</source>
        <translation>C-Name: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::OptionsForm</name>
    <message>
        <location filename="../src/gui/optionsform.cpp" line="+75" />
        <source>This template has no options for these steps.</source>
        <translation>Diese Vorlage hat für diese Schritte keine Optionen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>* required</source>
        <translation>* erforderlich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset to Defaults</source>
        <translation>Auf Standardwerte &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reset all options to their defaults</source>
        <translation>Alle Optionen auf ihre Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location line="+103" />
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(choose one)</source>
        <translation>(bitte wählen)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse for %1</source>
        <translation>Nach %1 suchen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>values separated by spaces or commas</source>
        <translation>Werte, getrennt durch Leerzeichen oder Kommas</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Error for %1</source>
        <translation>Fehler bei %1</translation>
    </message>
    <message>
        <location line="+146" />
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Choose %1</source>
        <translation>%1 wählen</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::OutputsView</name>
    <message>
        <location filename="../src/gui/outputsview.cpp" line="+34" />
        <source>Output name</source>
        <translation>Name der Ausgabe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Top classes</source>
        <translation>Beste Klassen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreement with the expected output</source>
        <translation>Übereinstimmung mit der erwarteten Ausgabe</translation>
    </message>
    <message>
        <location line="+34" />
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Output %1 %2</source>
        <translation>Ausgabe %1 %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 (raw %2)</source>
        <translation>%1 (roh %2)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>✔ Agrees with the expected output (max abs diff %1)</source>
        <translation>✔ Stimmt mit der erwarteten Ausgabe überein (max. abs. Abweichung %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>✘ Differs from the expected output: max abs diff %1 at index %2, %n value(s) outside the tolerance</source>
        <translation>
            <numerusform>✘ Weicht von der erwarteten Ausgabe ab: max. abs. Abweichung %1 bei Index %2, %n Wert außerhalb der Toleranz</numerusform>
            <numerusform>✘ Weicht von der erwarteten Ausgabe ab: max. abs. Abweichung %1 bei Index %2, %n Werte außerhalb der Toleranz</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::PackageActions</name>
    <message>
        <location filename="../src/gui/packageactions.cpp" line="+35" />
        <source>Open &amp;Deployment Package…</source>
        <translation>&amp;Deployment-Paket öffnen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export Deployment Pac&amp;kage…</source>
        <translation>Deployment-Paket expor&amp;tieren…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One file with the built firmware, how to flash it and the sample inputs: flash it where no compiler is installed.</source>
        <translation>Eine Datei mit der gebauten Firmware, der Anleitung zum Flashen und den Beispieleingaben: Flashen Sie sie dort, wo kein Compiler installiert ist.</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+16" />
        <source>Open Deployment Package</source>
        <translation>Deployment-Paket öffnen</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Deployment packages (*.tdpkg);;All files (*)</source>
        <translation>Deployment-Pakete (*.tdpkg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+17" />
        <source>Export Deployment Package</source>
        <translation>Deployment-Paket exportieren</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Deployment packages (*.tdpkg)</source>
        <translation>Deployment-Pakete (*.tdpkg)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Wrote the deployment package %1 (%2 for %3).</source>
        <translation>Deployment-Paket %1 geschrieben (%2 für %3).</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::PackageDialog</name>
    <message>
        <location filename="../src/gui/packagedialog.cpp" line="+37" />
        <source>Deployment Package %1</source>
        <translation>Deployment-Paket %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (emulated)</source>
        <translation>%1 (emuliert)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flasher:</source>
        <translation>Flasher:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample inputs:</source>
        <translation>Beispieleingaben:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 by TinyDeploy %2</source>
        <translation>%1 von TinyDeploy %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not needed: the emulated board reports it</source>
        <translation>nicht nötig: Das emulierte Board meldet ihn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>found by USB id, or e.g. /dev/ttyACM0</source>
        <translation>wird über die USB-ID gefunden, oder z. B. /dev/ttyACM0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial port</source>
        <translation>Serieller Port</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial &amp;port:</source>
        <translation>Serieller &amp;Port:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Flash and Run</source>
        <translation>&amp;Flashen und ausführen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash &amp;Several Boards…</source>
        <translation>&amp;Mehrere Boards flashen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash this package into several boards at once, a few at a time, and check each with the package's samples.</source>
        <translation>Dieses Paket auf mehrere Boards gleichzeitig flashen, einige auf einmal, und jedes mit den Beispielen des Pakets prüfen.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Done: %1 of %2 outputs agree with the expected ones.</source>
        <translation>Fertig: %1 von %2 Ausgaben stimmen mit den erwarteten überein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Done: the model ran on the device.</source>
        <translation>Fertig: Das Modell wurde auf dem Gerät ausgeführt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Flash Several Boards</source>
        <translation>Mehrere Boards flashen</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::PortSelector</name>
    <message>
        <location filename="../src/gui/portselector.cpp" line="+33" />
        <source>Serial port</source>
        <translation>Serieller Port</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh the list of serial ports</source>
        <translation>Die Liste der seriellen Ports aktualisieren</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Chec&amp;k</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check why the serial port cannot be used</source>
        <translation>Prüfen, warum der serielle Port nicht nutzbar ist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finds out why the port cannot be opened (permission, another program, ModemManager, brltty, the cable) and says what to do.</source>
        <translation>Ermittelt, warum sich der Port nicht öffnen lässt (Berechtigung, anderes Programm, ModemManager, brltty, Kabel), und sagt, was zu tun ist.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Serial port hint</source>
        <translation>Hinweis zum seriellen Port</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation type="vanished">Seriennummer %1</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="vanished">%1 - %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <location line="+178" />
        <source>Created when the board starts</source>
        <translation>Wird beim Start des Boards angelegt</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No serial port found</source>
        <translation>Kein serieller Port gefunden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a serial port</source>
        <translation>Seriellen Port wählen</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Emulated board: the port is created when the board starts.</source>
        <translation>Emuliertes Board: Der Port wird angelegt, wenn das Board startet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No serial port found. Plug the board in with a data cable (some USB cables only charge) and wait a moment: this list updates by itself. On Linux, the brltty service can take USB serial adapters away: if the port appears and vanishes at once, remove it (sudo apt remove brltty).</source>
        <translation>Kein serieller Port gefunden. Stecken Sie das Board mit einem Datenkabel an (manche USB-Kabel laden nur) und warten Sie einen Moment: Diese Liste aktualisiert sich selbst. Unter Linux kann der Dienst brltty USB-Seriell-Adapter an sich reißen: Wenn der Port erscheint und sofort wieder verschwindet, entfernen Sie ihn (sudo apt remove brltty).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>You may not open %1. Add yourself to the dialout group (sudo usermod -aG dialout $USER), then log out and in again.</source>
        <translation>Sie dürfen %1 nicht öffnen. Fügen Sie sich der Gruppe dialout hinzu (sudo usermod -aG dialout $USER), melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose the one you mean (the serial number tells boards apart).</source>
        <translation>Wählen Sie den gemeinten Port (die Seriennummer unterscheidet die Boards).</translation>
    </message>
    <message>
        <source>None of these ports looks like %1 (USB %2). Choose one, or check the cable.</source>
        <translation type="vanished">Keiner dieser Ports sieht nach %1 aus (USB %2). Wählen Sie einen, oder prüfen Sie das Kabel.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose the port of your board.</source>
        <translation>Wählen Sie den Port Ihres Boards.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ProfileDialog</name>
    <message>
        <location filename="../src/gui/profiledialog.cpp" line="+19" />
        <source>Timing every operator on the device…</source>
        <translation>Jeder Operator wird auf dem Gerät gemessen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operator Profile</source>
        <translation>Operator-Profil</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%n operator(s), %1 µs in total. Click a column to sort.</source>
        <translation>
            <numerusform>%n Operator, %1 µs insgesamt. Klicken Sie auf eine Spalte, um zu sortieren.</numerusform>
            <numerusform>%n Operatoren, %1 µs insgesamt. Klicken Sie auf eine Spalte, um zu sortieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ProfileModel</name>
    <message>
        <location filename="../src/gui/profilemodel.cpp" line="+32" />
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mean (µs)</source>
        <translation>Mittel (µs)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share of the total</source>
        <translation>Anteil an der Summe</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::RunPage</name>
    <message>
        <location filename="../src/gui/runpage.cpp" line="+122" />
        <source>Connecting to the device…</source>
        <translation>Verbindung zum Gerät wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <source>All sample inputs (%n)</source>
        <translation>
            <numerusform>Alle Beispieleingaben (%n)</numerusform>
            <numerusform>Alle Beispieleingaben (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sample %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample %1 (a "%2")</source>
        <translation>Beispiel %1 („%2“)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Random values</source>
        <translation>Zufallswerte</translation>
    </message>
    <message>
        <location line="+8" />
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choose an Input</source>
        <translation>Eingabe wählen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inputs (*.npy *.npz *.bin *.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)</source>
        <translation>Eingaben (*.npy *.npz *.bin *.png *.jpg *.jpeg *.bmp *.pgm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Random inputs need a connected device with one input.</source>
        <translation>Zufällige Eingaben brauchen ein verbundenes Gerät mit genau einer Eingabe.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>An image needs a device whose one input is an image.</source>
        <translation>Ein Bild braucht ein Gerät, dessen einzige Eingabe ein Bild ist.</translation>
    </message>
    <message>
        <location filename="../src/gui/imageinput.cpp" line="+29" />
        <source>Could not read the image.</source>
        <translation>Das Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a PNG, JPEG or BMP file.</source>
        <translation>Verwenden Sie eine PNG-, JPEG- oder BMP-Datei.</translation>
    </message>
    <message>
        <location filename="../src/gui/runpage.cpp" line="-188" />
        <source>Vali&amp;date…</source>
        <translation>&amp;Validieren…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run a whole data set on the device and compare with the expected outputs or labels.</source>
        <translation>Einen ganzen Datensatz auf dem Gerät ausführen und mit den erwarteten Ausgaben oder Labels vergleichen.</translation>
    </message>
    <message>
        <location line="+135" />
        <source>Draw a digit</source>
        <translation>Ziffer zeichnen</translation>
    </message>
    <message>
        <location line="+71" />
        <source>A raw input file needs a connected device with one input.</source>
        <translation>Eine rohe Eingabedatei braucht ein verbundenes Gerät mit genau einer Eingabe.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Choose an input first.</source>
        <translation>Wählen Sie zuerst eine Eingabe.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A drawing needs a connected device.</source>
        <translation>Eine Zeichnung erfordert ein verbundenes Gerät.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The drawing is empty.</source>
        <translation>Die Zeichnung ist leer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draw a digit in the white square first.</source>
        <translation>Zeichnen Sie zuerst eine Ziffer in das weiße Quadrat.</translation>
    </message>
    <message>
        <location line="+71" />
        <location line="+3" />
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown clock</source>
        <translation>Takt unbekannt</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (emulated: cycle counts are not silicon timing)</source>
        <translation> (emuliert: Taktzyklen entsprechen nicht dem Zeitverhalten echter Hardware)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;%1&lt;/b&gt; running &lt;b&gt;%2&lt;/b&gt; (firmware %3, %4)&lt;br&gt;Inputs: %5&lt;br&gt;Outputs: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; führt &lt;b&gt;%2&lt;/b&gt; aus (Firmware %3, %4)&lt;br&gt;Eingaben: %5&lt;br&gt;Ausgaben: %6</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Eingabe &lt;b&gt;%1&lt;/b&gt;: Das Gerät sagt &lt;b&gt;%2&lt;/b&gt; voraus.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;, which is right.</source>
        <translation>Eingabe &lt;b&gt;%1&lt;/b&gt;: Das Gerät sagt &lt;b&gt;%2&lt;/b&gt; voraus, und das ist richtig.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;, but it is %3.</source>
        <translation>Eingabe &lt;b&gt;%1&lt;/b&gt;: Das Gerät sagt &lt;b&gt;%2&lt;/b&gt; voraus, richtig wäre %3.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Outputs agree with the expected ones.</source>
        <translation>Die Ausgaben stimmen mit den erwarteten überein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outputs differ from the expected ones.</source>
        <translation>Die Ausgaben weichen von den erwarteten ab.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Profiling needs a host-driven project with the graph executor (microTVM RPC); this one runs %1.</source>
        <translation>Das Profiling braucht ein host-gesteuertes Projekt mit dem Graph-Executor (microTVM-RPC); dieses läuft mit %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connect to the device first.</source>
        <translation>Verbinden Sie sich zuerst mit dem Gerät.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for the run to finish.</source>
        <translation>Warten Sie, bis der Lauf beendet ist.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Times every operator of the model on the device and shows each one's share.</source>
        <translation>Misst jeden Operator des Modells auf dem Gerät und zeigt seinen Anteil.</translation>
    </message>
    <message>
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="vanished">Eingabe &lt;b&gt;%1&lt;/b&gt;: Die Vorhersage des Geräts ist &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, which is right.</source>
        <translation type="vanished">, was richtig ist.</translation>
    </message>
    <message>
        <source>, but it is %1.</source>
        <translation type="vanished">, richtig ist aber %1.</translation>
    </message>
    <message>
        <source> Outputs agree with the expected ones.</source>
        <translation type="vanished"> Die Ausgaben stimmen mit den erwarteten überein.</translation>
    </message>
    <message>
        <source> Outputs differ from the expected ones.</source>
        <translation type="vanished"> Die Ausgaben weichen von den erwarteten ab.</translation>
    </message>
    <message numerus="yes">
        <location line="-52" />
        <source>%n run(s), latency min %1 µs, median %2 µs, max %3 µs.</source>
        <translation>
            <numerusform>%n Durchlauf, Latenz min. %1 µs, Median %2 µs, max. %3 µs.</numerusform>
            <numerusform>%n Durchläufe, Latenz min. %1 µs, Median %2 µs, max. %3 µs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::SerialConsole</name>
    <message>
        <location filename="../src/gui/serialconsole.cpp" line="+42" />
        <source>Device output</source>
        <translation>Geräteausgabe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hold new lines until you resume; they are still logged</source>
        <translation>Neue Zeilen zurückhalten, bis Sie fortsetzen; sie werden trotzdem protokolliert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Times</source>
        <translation>&amp;Zeiten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show when each line arrived</source>
        <translation>Anzeigen, wann jede Zeile ankam</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Console status</source>
        <translation>Konsolenstatus</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+53" />
        <source>Cannot write the device log: %1.</source>
        <translation>Das Geräteprotokoll kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+141" />
        <source>Choose a folder you may write to.</source>
        <translation>Wählen Sie einen Ordner, in dem Sie schreiben dürfen.</translation>
    </message>
    <message numerus="yes">
        <location line="-78" />
        <source>Paused: %n line(s) waiting</source>
        <translation>
            <numerusform>Angehalten: %n Zeile wartet</numerusform>
            <numerusform>Angehalten: %n Zeilen warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+30" />
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot save the device output: %1.</source>
        <translation>Die Geräteausgabe kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save Device Output</source>
        <translation>Geräteausgabe speichern</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="+33" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The system's language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new language takes effect the next time TinyDeploy starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von TinyDeploy wirksam.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Standalone CRT folder</source>
        <translation>Ordner der eigenständigen C-Laufzeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only needed for archives without runtime/</source>
        <translation>Nur für Archive ohne runtime/ nötig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse for the standalone CRT folder</source>
        <translation>Nach dem Ordner der eigenständigen C-Laufzeit suchen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Standalone CRT Folder</source>
        <translation>Ordner der eigenständigen C-Laufzeit</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Standalone CRT:</source>
        <translation>Standalone-&amp;CRT:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Con&amp;firm…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>Standalone &amp;CRT:</source>
        <translation type="vanished">Eigenständige &amp;C-Laufzeit:</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Your template folders</source>
        <translation>Ihre Vorlagenordner</translation>
    </message>
    <message>
        <location line="+3" />
        <source>TinyDeploy runs the server program of every template it lists. It runs the ones in these folders only after you confirm them.</source>
        <translation>TinyDeploy führt das Serverprogramm jeder aufgelisteten Vorlage aus. Die Vorlagen in diesen Ordnern führt es erst aus, nachdem Sie sie bestätigt haben.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Template folders</source>
        <translation>Vorlagenordner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation type="vanished">&amp;Bestätigen…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>%1 (not confirmed: not run)</source>
        <translation>%1 (nicht bestätigt: wird nicht ausgeführt)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add a Template Folder</source>
        <translation>Vorlagenordner hinzufügen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Run Templates from This Folder?</source>
        <translation>Vorlagen aus diesem Ordner ausführen?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TinyDeploy will run the template servers in %1 (Python programs) with your permissions. Only confirm folders whose contents you trust.</source>
        <translation>TinyDeploy wird die Vorlagenserver in %1 (Python-Programme) mit Ihren Berechtigungen ausführen. Bestätigen Sie nur Ordner, deren Inhalt Sie vertrauen.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::StepBinding</name>
    <message>
        <location filename="../src/gui/stepbinding.cpp" line="+75" />
        <source>Waiting for the previous step.</source>
        <translation>Wartet auf den vorigen Schritt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fertig.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Cancelled.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fehlgeschlagen.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::TargetPage</name>
    <message>
        <location filename="../src/gui/targetpage.cpp" line="+24" />
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tools missing</source>
        <translation>Werkzeuge fehlen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not confirmed yet (Settings)</source>
        <translation>noch nicht bestätigt (Einstellungen)</translation>
    </message>
    <message>
        <location line="+95" />
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+45" />
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be used.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Looking for templates…</source>
        <translation>Vorlagen werden gesucht…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a template on the left.</source>
        <translation>Wählen Sie links eine Vorlage.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;%1&lt;/b&gt;: some tools are missing:&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Einige Werkzeuge fehlen:&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This template runs on this computer; it has no board to choose.</source>
        <translation>Diese Vorlage läuft auf diesem Computer; es gibt kein Board zu wählen.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ValidateDialog</name>
    <message>
        <location filename="../src/gui/validatedialog.cpp" line="+48" />
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+220" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-219" />
        <source>C&amp;ancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Validate on the device</source>
        <translation>Auf dem Gerät validieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A data set folder: inputs/ with expected/ or labels.csv, or one folder per class</source>
        <translation>Ein Datensatz-Ordner: inputs/ mit expected/ oder labels.csv, oder ein Ordner pro Klasse</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Data set:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Max abs error</source>
        <translation>Max. abs. Fehler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agrees</source>
        <translation>Stimmt überein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency (us)</source>
        <translation>Latenz (µs)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rows: the label; columns: the predicted class.</source>
        <translation>Zeilen: das Label; Spalten: die vorhergesagte Klasse.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Samples, worst first</source>
        <translation>Proben, schlechteste zuerst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Choose the data set folder</source>
        <translation>Datensatz-Ordner wählen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The device is not connected: run the model once first.</source>
        <translation>Das Gerät ist nicht verbunden: führen Sie das Modell zuerst einmal aus.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Validating %1 against its %2.</source>
        <translation>%1 wird gegen %2 validiert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected outputs</source>
        <translation>seine erwarteten Ausgaben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>labels</source>
        <translation>seine Labels</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 of %2 samples.</source>
        <translation>%1 von %2 Proben.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output %1: max abs error %2, RMSE %3, cosine %4</source>
        <translation>Ausgang %1: max. abs. Fehler %2, RMSE %3, Kosinus %4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Top-1 agreement %1, top-%2 agreement %3, accuracy %4</source>
        <translation>Top-1-Übereinstimmung %1, Top-%2-Übereinstimmung %3, Genauigkeit %4</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Latency: min %1 us, median %2 us, p95 %3 us, max %4 us</source>
        <translation>Latenz: min. %1 µs, Median %2 µs, p95 %3 µs, max. %4 µs</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cancelled; the record keeps what was done.</source>
        <translation>Abgebrochen; die Aufzeichnung behält, was erledigt wurde.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::History</name>
    <message>
        <location filename="../src/core/history/recordsummary.cpp" line="+53" />
        <source>The record may have been edited by hand or written by another version of TinyDeploy: fix or delete the record folder.</source>
        <translation>Der Eintrag wurde vielleicht von Hand bearbeitet oder von einer anderen Version von TinyDeploy geschrieben: Reparieren oder löschen Sie den Eintragsordner.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot read the deployment record.</source>
        <translation>Der Bereitstellungseintrag kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the file is readable.</source>
        <translation>Prüfen Sie, ob die Datei lesbar ist.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The record file is too large (%1 bytes).</source>
        <translation>Die Eintragsdatei ist zu groß (%1 Bytes).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The record file is not valid JSON: %1 at byte %2.</source>
        <translation>Die Eintragsdatei ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The record file does not hold a JSON object.</source>
        <translation>Die Eintragsdatei enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 % accuracy</source>
        <translation>%1 % Genauigkeit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 % top-1 agreement</source>
        <translation>%1 % Top-1-Übereinstimmung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1/%2 agree</source>
        <translation>%1/%2 stimmen überein</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This folder is not a deployment record: it has no deployment.json.</source>
        <translation>Dieser Ordner ist kein Bereitstellungseintrag: Er enthält keine deployment.json.</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../src/core/history/recordindex.cpp" line="+115" />
        <source>Give a record folder (tinydeploy-cli history lists them).</source>
        <translation>Geben Sie einen Eintragsordner an (tinydeploy-cli history listet sie auf).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The record has no format_version.</source>
        <translation>Der Eintrag hat keine format_version.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record was written by a newer TinyDeploy (record format %1; this version reads %2).</source>
        <translation>Der Eintrag wurde von einem neueren TinyDeploy geschrieben (Eintragsformat %1; diese Version liest %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open it with the TinyDeploy version that wrote it (%1).</source>
        <translation>Öffnen Sie ihn mit der TinyDeploy-Version, die ihn geschrieben hat (%1).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The record has no "%1" text.</source>
        <translation>Der Eintrag hat keinen Text „%1“.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The record's "created" is not a date: %1.</source>
        <translation>Das Feld „created“ des Eintrags ist kein Datum: %1.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The record's state "%1" is not one TinyDeploy writes.</source>
        <translation>Der Status „%1“ des Eintrags wird von TinyDeploy nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/core/history/recordindex.cpp" line="-12" />
        <source>No deployment record is called "%1".</source>
        <translation>Es gibt keinen Bereitstellungseintrag namens „%1“.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give a record folder, or a name that "tinydeploy-cli history" lists.</source>
        <translation>Geben Sie einen Eintragsordner an oder einen Namen, den „tinydeploy-cli history“ auflistet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This folder is not a deployment record: it was not deleted.</source>
        <translation>Dieser Ordner ist kein Bereitstellungseintrag: Er wurde nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The record folder could not be deleted completely.</source>
        <translation>Der Eintragsordner konnte nicht vollständig gelöscht werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that its files are not in use and that you may delete them.</source>
        <translation>Prüfen Sie, ob seine Dateien nicht verwendet werden und ob Sie sie löschen dürfen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write it as 2026-12-03 or 2026-12-03T10:15.</source>
        <translation>Schreiben Sie es als 2026-12-03 oder 2026-12-03T10:15.</translation>
    </message>
    <message>
        <location filename="../src/core/history/report.cpp" line="+163" />
        <source>Cannot write the report.</source>
        <translation>Der Bericht kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/core/history/reporthtml.cpp" line="+84" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model SHA-256</source>
        <translation>Modell-SHA-256</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none (emulated board or not reported)</source>
        <translation>keine (emuliertes Board oder nicht gemeldet)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Serial port</source>
        <translation>Serieller Port</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+75" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="-73" />
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Firmware size</source>
        <translation>Firmware-Größe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Firmware SHA-256</source>
        <translation>Firmware-SHA-256</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+15" />
        <source>Fit check</source>
        <translation>Platzprüfung</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The record has no fit check figures.</source>
        <translation>Der Eintrag enthält keine Werte der Platzprüfung.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+0" />
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Estimated before the build from the model archive; it errs on the safe side.</source>
        <translation>Vor dem Build aus dem Modellarchiv geschätzt; die Schätzung ist vorsichtig.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Steps and timings</source>
        <translation>Schritte und Zeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+39" />
        <location line="+5" />
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="-43" />
        <source>No results were recorded.</source>
        <translation>Es wurden keine Ergebnisse aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The latest %1 of %2 results.</source>
        <translation>Die letzten %1 von %2 Ergebnissen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/core/history/reportvalidation.cpp" line="+105" />
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agrees</source>
        <translation>Stimmt überein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median latency (us)</source>
        <translation>Median der Latenz (µs)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Latency per input</source>
        <translation>Latenz je Eingabe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median latency per input</source>
        <translation>Median der Latenz je Eingabe</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Deployment report</source>
        <translation>Bereitstellungsbericht</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Generated by %1 on %2.</source>
        <translation>Erstellt von %1 am %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tool versions</source>
        <translation>Werkzeugversionen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the end only</source>
        <translation>nur das Ende</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No logs were recorded.</source>
        <translation>Es wurden keine Logs aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../src/core/history/reportvalidation.cpp" line="-55" />
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+53" />
        <source>Max abs error</source>
        <translation>Max. absoluter Fehler</translation>
    </message>
    <message>
        <location line="-52" />
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cosine similarity</source>
        <translation>Kosinus-Ähnlichkeit</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rows: the expected class; columns: the class the device predicted.</source>
        <translation>Zeilen: erwartete Klasse; Spalten: vom Gerät vorhergesagte Klasse.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Worst samples</source>
        <translation>Schlechteste Beispiele</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+20" />
        <source>This deployment has no validation results.</source>
        <translation>Diese Bereitstellung hat keine Validierungsergebnisse.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Top-1 agreement</source>
        <translation>Top-1-Übereinstimmung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Top-%1 agreement</source>
        <translation>Top-%1-Übereinstimmung</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Latency over the data set</source>
        <translation>Latenz über den Datensatz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency (min, median, p95, max)</source>
        <translation>Latenz (Min., Median, p95, Max.)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+0" />
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+0" />
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Json</name>
    <message>
        <location filename="../src/core/util/jsonsupport.cpp" line="+87" />
        <source>%1 is %2 bytes long, more than the %3 bytes accepted.</source>
        <translation>%1 ist %2 Bytes lang, mehr als die zulässigen %3 Bytes.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 nests objects and arrays more than %2 levels deep (line %3, column %4).</source>
        <translation>%1 verschachtelt Objekte und Arrays tiefer als %2 Ebenen (Zeile %3, Spalte %4).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not valid JSON at line %2, column %3: %4.</source>
        <translation>%1 ist kein gültiges JSON in Zeile %2, Spalte %3: %4.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not valid JSON.</source>
        <translation>%1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number with a fraction</source>
        <translation>eine Zahl mit Nachkommastellen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an unknown value</source>
        <translation>ein unbekannter Wert</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::MicroTvm</name>
    <message>
        <location filename="../src/core/microtvm/graphlayout.cpp" line="+60" />
        <source>The graph JSON is not valid JSON (%1 at byte %2).</source>
        <translation>Das Graph-JSON ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The graph JSON has no '%1'.</source>
        <translation>Das Graph-JSON hat kein „%1“.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>node_row_ptr has %1 entries for %2 nodes.</source>
        <translation>node_row_ptr hat %1 Einträge für %2 Knoten.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>attrs.shape and attrs.dltype must have one entry per node output (%1).</source>
        <translation>attrs.shape und attrs.dltype müssen einen Eintrag je Knotenausgabe haben (%1).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Node '%1' has outputs out of range.</source>
        <translation>Knoten „%1“ hat Ausgaben außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Node '%1' takes an input that does not precede it.</source>
        <translation>Knoten „%1“ nimmt eine Eingabe, die nicht vor ihm liegt.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Node '%1' takes an input out of range.</source>
        <translation>Knoten „%1“ nimmt eine Eingabe außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A head is out of range.</source>
        <translation>Ein Head liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/minrpc.cpp" line="+89" />
        <source>DLTensor.ndim is %1</source>
        <translation>DLTensor.ndim ist %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The device's reply ends inside %1 (byte %2 of %3).</source>
        <translation>Die Antwort des Geräts endet mitten in %1 (Byte %2 von %3).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The device's reply is malformed: %1.</source>
        <translation>Die Antwort des Geräts ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>unknown type code %1</source>
        <translation>unbekannter Typcode %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>num_args is %1</source>
        <translation>num_args ist %1</translation>
    </message>
    <message>
        <location line="+278" />
        <source>The device's reply says %1 bytes but carries %2.</source>
        <translation>Die Antwort des Geräts nennt %1 Bytes, enthält aber %2.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The device answered with %1, which is not a reply.</source>
        <translation>Das Gerät hat mit %1 geantwortet, das ist keine Antwort.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The device's reply has %1 bytes after its values.</source>
        <translation>Die Antwort des Geräts hat %1 Bytes nach ihren Werten.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A function call's reply has %1 values; expected the return type and the value.</source>
        <translation>Die Antwort auf einen Funktionsaufruf hat %1 Werte; erwartet wurden Rückgabetyp und Wert.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A handle reply has 3 values.</source>
        <translation>Eine Handle-Antwort hat 3 Werte.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A function call's reply says it returns %1 but carries %2.</source>
        <translation>Die Antwort auf einen Funktionsaufruf nennt den Rückgabetyp %1, enthält aber %2.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/modelplan.cpp" line="+27" />
        <source>The model archive has no %1.</source>
        <translation>Das Modellarchiv enthält kein %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the model again with tvm.micro.export_model_library_format.</source>
        <translation>Exportieren Sie das Modell erneut mit tvm.micro.export_model_library_format.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is too large.</source>
        <translation>%1 ist zu groß.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Tensor '%1' has the dtype '%2', which TinyDeploy cannot send.</source>
        <translation>Tensor „%1“ hat den dtype „%2“, den TinyDeploy nicht senden kann.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tensor '%1' has a dimension of %2.</source>
        <translation>Tensor „%1“ hat eine Dimension von %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>AOT executor</source>
        <translation>AOT-Executor</translation>
    </message>
    <message>
        <location line="+0" />
        <source>graph executor</source>
        <translation>Graph-Executor</translation>
    </message>
    <message>
        <location line="+14" />
        <source>metadata.json lists no module.</source>
        <translation>metadata.json nennt kein Modul.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The model uses the executor '%1', which microTVM RPC cannot drive.</source>
        <translation>Das Modell verwendet den Executor „%1“, den microTVM RPC nicht ansteuern kann.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The model cannot run over microTVM RPC: the archive was not built with --runtime-crt-system-lib (its generated code has no TVMSystemLibEntryPoint).</source>
        <translation>Das Modell kann nicht über microTVM RPC laufen: Das Archiv wurde nicht mit --runtime-crt-system-lib gebaut (sein generierter Code hat keinen TVMSystemLibEntryPoint).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Build it again with the CRT system library (tvmc compile --runtime=crt --runtime-crt-system-lib 1, or Runtime("crt", {"system-lib": True}) in relay.build), or use a standalone project.</source>
        <translation>Bauen Sie es erneut mit der CRT-Systembibliothek (tvmc compile --runtime=crt --runtime-crt-system-lib 1 oder Runtime("crt", {"system-lib": True}) in relay.build) oder verwenden Sie ein eigenständiges Projekt.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/operatorprofiler.cpp" line="+56" />
        <source>Node '%1' has the dtype '%2'.</source>
        <translation>Knoten „%1“ hat den dtype „%2“.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Node '%1' has an invalid shape.</source>
        <translation>Knoten „%1“ hat eine ungültige Form (shape).</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Argument '%1' has %2 bytes, its node %3.</source>
        <translation>Argument „%1“ hat %2 Bytes, sein Knoten %3.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/paramsblob.cpp" line="+52" />
        <source>The params end early (at byte %1 of %2).</source>
        <translation>Die Params enden vorzeitig (bei Byte %1 von %2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The params do not start with TVM's params magic.</source>
        <translation>Die Params beginnen nicht mit der Params-Kennung (Magic) von TVM.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The params name %1 tensors.</source>
        <translation>Die Params nennen %1 Tensoren.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The params have %1 names but %2 arrays.</source>
        <translation>Die Params haben %1 Namen, aber %2 Arrays.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The array of '%1' has a bad header.</source>
        <translation>Das Array von „%1“ hat einen fehlerhaften Header.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The array of '%1' holds %2 bytes, its shape needs %3.</source>
        <translation>Das Array von „%1“ enthält %2 Bytes, seine Form braucht %3.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/projectapitransportlink.cpp" line="+34" />
        <source>the Project API transport of %1</source>
        <translation>der Project-API-Transport von %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The project's Project API server is not running.</source>
        <translation>Der Project-API-Server des Projekts läuft nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the project's server first (open the project again).</source>
        <translation>Starten Sie zuerst den Server des Projekts (öffnen Sie das Projekt erneut).</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The transport is not open.</source>
        <translation>Der Transport ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>%1 of the project's server timed out: %2</source>
        <translation>Zeitüberschreitung bei %1 des Projektservers: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The template's transport did not answer in time: check that the device (or the server's child process) is running.</source>
        <translation>Der Transport der Vorlage hat nicht rechtzeitig geantwortet: Prüfen Sie, ob das Gerät (oder der Kindprozess des Servers) läuft.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 failed: %2</source>
        <translation>Schritt „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcclient.cpp" line="+52" />
        <source>The device reports an unusable maximum packet size (%1).</source>
        <translation>Das Gerät meldet eine unbrauchbare maximale Paketgröße (%1).</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The microTVM client is busy.</source>
        <translation>Der microTVM-Client ist beschäftigt.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The link to the device is gone.</source>
        <translation>Die Verbindung zum Gerät ist weg.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 needs an RPC packet of %2 bytes, over the device's limit of %3 bytes (TVM_CRT_MAX_PACKET_SIZE_BYTES %4 minus 11).</source>
        <translation>%1 braucht ein RPC-Paket von %2 Bytes, mehr als die Grenze des Geräts von %3 Bytes (TVM_CRT_MAX_PACKET_SIZE_BYTES %4 minus 11).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Raise TVM_CRT_MAX_PACKET_SIZE_BYTES in the firmware's crt_config.h (to at least %1), rebuild and flash it again.</source>
        <translation>Erhöhen Sie TVM_CRT_MAX_PACKET_SIZE_BYTES in der crt_config.h der Firmware (auf mindestens %1), bauen Sie sie neu und flashen Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: no microTVM session with the device.</source>
        <translation>%1: keine microTVM-Sitzung mit dem Gerät.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect to the device again.</source>
        <translation>Verbinden Sie sich erneut mit dem Gerät.</translation>
    </message>
    <message>
        <location line="+38" />
        <location filename="../src/core/microtvm/rpcexecutor.cpp" line="+19" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 failed on the device (it gave no message).</source>
        <translation>%1 ist auf dem Gerät fehlgeschlagen (ohne Meldung).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 failed on the device: %2</source>
        <translation>%1 ist auf dem Gerät fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the firmware was built from the same model archive.</source>
        <translation>Prüfen Sie, ob die Firmware aus demselben Modellarchiv gebaut wurde.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The device did not answer %1 within %2 ms.</source>
        <translation>Das Gerät hat %1 nicht innerhalb von %2 ms beantwortet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The device may be stuck or reset: reset the board and try again. A model that runs longer needs a longer timeout.</source>
        <translation>Das Gerät hängt vielleicht oder wurde zurückgesetzt: Setzen Sie das Board zurück und versuchen Sie es erneut. Ein Modell, das länger läuft, braucht ein längeres Zeitlimit.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A corrupted frame arrived while waiting for %1; the request was abandoned, never retried, and the session will restart.</source>
        <translation>Beim Warten auf %1 kam ein beschädigter Frame an; die Anfrage wurde abgebrochen, nicht wiederholt, und die Sitzung wird neu gestartet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a reply</source>
        <translation>eine Antwort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the cable and the baud rate, then try again.</source>
        <translation>Prüfen Sie das Kabel und die Baudrate und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The device reset itself during %1.</source>
        <translation>Das Gerät hat sich während %1 selbst zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its state is lost: the request must start over. If the next request fails too, reset the board by hand; if it keeps resetting, check its power supply and its logs.</source>
        <translation>Sein Zustand ist verloren: Die Anfrage muss neu beginnen. Wenn auch die nächste Anfrage fehlschlägt, setzen Sie das Board von Hand zurück; wenn es sich immer wieder zurücksetzt, prüfen Sie seine Stromversorgung und seine Logs.</translation>
    </message>
    <message>
        <location line="+39" />
        <location filename="../src/core/microtvm/rpcrunner.cpp" line="+321" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>GetGlobalFunc(%1)</source>
        <translation>GetGlobalFunc(%1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the reply is not a handle.</source>
        <translation>%1: Die Antwort ist kein Handle.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The device has no function '%1'.</source>
        <translation>Das Gerät hat keine Funktion „%1“.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The firmware does not register it: check that it was built with the executor the model uses.</source>
        <translation>Die Firmware registriert sie nicht: Prüfen Sie, ob sie mit dem Executor gebaut wurde, den das Modell verwendet.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>FreeHandle(%1)</source>
        <translation>FreeHandle(%1)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>DevAllocDataWithScope(%1 bytes)</source>
        <translation>DevAllocDataWithScope(%1 Bytes)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the device has no memory left.</source>
        <translation>%1: Das Gerät hat keinen freien Speicher mehr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use a smaller model or a board with more RAM.</source>
        <translation>Verwenden Sie ein kleineres Modell oder ein Board mit mehr RAM.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DevFreeData(%1)</source>
        <translation>DevFreeData(%1)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The device's packets are too small to copy a tensor.</source>
        <translation>Die Pakete des Geräts sind zu klein, um einen Tensor zu kopieren.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>CopyToRemote(bytes %1-%2 of %3)</source>
        <translation>CopyToRemote(Bytes %1-%2 von %3)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>CopyFromRemote(bytes %1-%2 of %3)</source>
        <translation>CopyFromRemote(Bytes %1-%2 von %3)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>CopyFromRemote: the device sent %1 bytes instead of %2.</source>
        <translation>CopyFromRemote: Das Gerät hat %1 Bytes statt %2 gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcexecutor.cpp" line="+46" />
        <source>runtime.SystemLib returned no module.</source>
        <translation>runtime.SystemLib hat kein Modul zurückgegeben.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The graph JSON (%1 bytes minified)</source>
        <translation>Das Graph-JSON (%1 Bytes, minimiert)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Creating the %1 (one per boot: reset the device if it already has one)</source>
        <translation>%1 wird erstellt (einer pro Start: Setzen Sie das Gerät zurück, wenn es schon einen hat)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 returned no module.</source>
        <translation>%1 hat kein Modul zurückgegeben.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>ModuleGetFunction(%1)</source>
        <translation>ModuleGetFunction(%1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The %1 on the device has no '%2'.</source>
        <translation>Der %1 auf dem Gerät hat kein „%2“.</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+58" />
        <source>get_input(%1)</source>
        <translation>get_input(%1)</translation>
    </message>
    <message>
        <location line="-52" />
        <source>Param '%1' has %2 bytes, the device's tensor %3.</source>
        <translation>Param „%1“ hat %2 Bytes, der Tensor auf dem Gerät %3.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The firmware was built from another model.</source>
        <translation>Die Firmware wurde aus einem anderen Modell gebaut.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 returned no tensor.</source>
        <translation>%1 hat keinen Tensor zurückgegeben.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>get_output(%1)</source>
        <translation>get_output(%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 '%2' has %3 bytes on the device, %4 in the model archive.</source>
        <translation>%1 „%2“ hat %3 Bytes auf dem Gerät, %4 im Modellarchiv.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The firmware was built from another model: build and flash it again.</source>
        <translation>Die Firmware wurde aus einem anderen Modell gebaut: Bauen und flashen Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+126" />
        <source>RPCTimeEvaluator(%1)</source>
        <translation>RPCTimeEvaluator(%1)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>With 12 arguments: %1</source>
        <translation>Mit 12 Argumenten: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 returned no function.</source>
        <translation>%1 hat keine Funktion zurückgegeben.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the timed %1</source>
        <translation>das gemessene %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The time evaluator returned %1 bytes for %2 repeats.</source>
        <translation>Der Time-Evaluator hat %1 Bytes für %2 Wiederholungen zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcrunner.cpp" line="-290" />
        <source>The device reset: its executor is gone and will be created again by the next request.</source>
        <translation>Das Gerät wurde zurückgesetzt: Sein Executor ist weg und wird bei der nächsten Anfrage neu erstellt.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The device restarted: its executor is gone and will be created again.</source>
        <translation>Das Gerät wurde neu gestartet: Sein Executor ist weg und wird neu erstellt.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>microTVM RPC, %1</source>
        <translation>microTVM RPC, %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(no link)</source>
        <translation>(keine Verbindung)</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The device is busy with another request.</source>
        <translation>Das Gerät ist mit einer anderen Anfrage beschäftigt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for it to finish or cancel it.</source>
        <translation>Warten Sie, bis sie fertig ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <location line="+82" />
        <source>The number of runs must be 1 to %1, not %2.</source>
        <translation>Die Anzahl der Durchläufe muss zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model takes %1 inputs, but %2 were given.</source>
        <translation>Das Modell erwartet %1 Eingaben, es wurden aber %2 übergeben.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Input '%1' needs %2 bytes, but %3 were given.</source>
        <translation>Eingabe „%1“ braucht %2 Bytes, es wurden aber %3 übergeben.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Per-operator times need a graph-executor model; this one uses the AOT executor.</source>
        <translation>Zeiten je Operator brauchen ein Modell mit Graph-Executor; dieses verwendet den AOT-Executor.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the model with the graph executor to profile it.</source>
        <translation>Exportieren Sie das Modell mit dem Graph-Executor, um es zu profilieren.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcsession.cpp" line="+108" />
        <source>The device did not answer the microTVM session start within %1 ms.</source>
        <translation>Das Gerät hat den Start der microTVM-Sitzung nicht innerhalb von %1 ms beantwortet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check that the board runs host-driven (microTVM RPC) firmware and is not stuck: reset it or flash it again, then retry.</source>
        <translation>Prüfen Sie, ob auf dem Board eine host-gesteuerte Firmware (microTVM RPC) läuft und es nicht hängt: Setzen Sie es zurück oder flashen Sie es erneut und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The link is gone.</source>
        <translation>Die Verbindung ist weg.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No microTVM session is established.</source>
        <translation>Es besteht keine microTVM-Sitzung.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not write to the device.</source>
        <translation>Es konnte nicht auf das Gerät geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf</name>
    <message>
        <source>%1 is %2 bytes long, more than the %3 bytes accepted.</source>
        <translation type="vanished">%1 ist %2 Bytes lang, mehr als die zulässigen %3 Bytes.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/metadataparser.cpp" line="+537" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="+114" />
        <source>The archive is probably damaged or not a Model Library Format archive.</source>
        <translation>Das Archiv ist wahrscheinlich beschädigt oder kein Archiv im Model Library Format.</translation>
    </message>
    <message>
        <source>%1 nests objects and arrays more than %2 levels deep (line %3, column %4).</source>
        <translation type="vanished">%1 verschachtelt Objekte und Arrays tiefer als %2 Ebenen (Zeile %3, Spalte %4).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is not metadata written by TVM.</source>
        <translation>Die Datei sind keine von TVM geschriebenen Metadaten.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="vanished">die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at line %2, column %3: %4.</source>
        <translation type="vanished">%1 ist kein gültiges JSON in Zeile %2, Spalte %3: %4.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="+2" />
        <source>The archive may be truncated or the file was edited by hand; export the model again.</source>
        <translation>Das Archiv ist eventuell abgeschnitten, oder die Datei wurde von Hand bearbeitet; exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation type="vanished">%1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>null</source>
        <translation type="vanished">null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="vanished">ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="-450" />
        <location line="+413" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-53" />
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation type="vanished">eine Zahl mit Nachkommastellen</translation>
    </message>
    <message>
        <location line="-400" />
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+28" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-9" />
        <location line="+90" />
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+424" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-90" />
        <location line="+70" />
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="vanished">ein unbekannter Wert</translation>
    </message>
    <message>
        <location line="-502" />
        <source>The top level of %1</source>
        <translation>Die oberste Ebene von %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field "%1"</source>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 should be %2 but is %3.</source>
        <translation>%1 sollte %2 sein, ist aber %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+9" />
        <source>The metadata does not follow the Model Library Format; export the model again with TVM.</source>
        <translation>Die Metadaten folgen nicht dem Model Library Format; exportieren Sie das Modell erneut mit TVM.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Required field "%1" is missing.</source>
        <translation>Das erforderliche Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+457" />
        <source>The metadata is damaged; export the model again with TVM.</source>
        <translation>Die Metadaten sind beschädigt; exportieren Sie das Modell erneut mit TVM.</translation>
    </message>
    <message>
        <location line="-441" />
        <source>Field "%1" is too large (%2).</source>
        <translation>Feld „%1“ ist zu groß (%2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Field "%1" is %2, but a size cannot be negative.</source>
        <translation>Feld „%1“ ist %2, aber eine Größe kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <location line="+327" />
        <source>an object or an array of strings</source>
        <translation>ein Objekt oder ein Array von Zeichenketten</translation>
    </message>
    <message>
        <location line="+26" />
        <source>an object or an array</source>
        <translation>ein Objekt oder ein Array</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The metadata has no "version" field.</source>
        <translation>Die Metadaten haben kein Feld „version“.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is not the metadata.json of a Model Library Format archive.</source>
        <translation>Dies ist nicht die metadata.json eines Archivs im Model Library Format.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Model Library Format version %1 is not supported; supported versions are %2 to %3.</source>
        <translation>Model Library Format Version %1 wird nicht unterstützt; unterstützt werden die Versionen %2 bis %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The archive was written by a newer TVM; update TinyDeploy or export with TVM 0.18 or older.</source>
        <translation>Das Archiv wurde von einem neueren TVM geschrieben; aktualisieren Sie TinyDeploy oder exportieren Sie mit TVM 0.18 oder älter.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Model Library Format version %1 does not exist; supported versions are %2 to %3.</source>
        <translation>Model Library Format Version %1 gibt es nicht; unterstützt werden die Versionen %2 bis %3.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The metadata lists no modules.</source>
        <translation>Die Metadaten nennen keine Module.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/relayparser.cpp" line="+44" />
        <source>The Relay text has no main function ("def @main").</source>
        <translation>Der Relay-Text hat keine main-Funktion („def @main“).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Input shapes cannot be read from this file.</source>
        <translation>Die Formen der Eingaben können aus dieser Datei nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the text ends before the body of main</source>
        <translation>der Text endet vor dem Rumpf von main</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected '{' after the signature of main</source>
        <translation>„{“ nach der Signatur von main erwartet</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The signature of the Relay main function cannot be read: %1 (byte %2).</source>
        <translation>Die Signatur der Relay-Funktion main kann nicht gelesen werden: %1 (Byte %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tensor shapes will be taken from other files of the archive.</source>
        <translation>Die Tensorformen werden aus anderen Dateien des Archivs genommen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the text ends inside the signature of main</source>
        <translation>der Text endet innerhalb der Signatur von main</translation>
    </message>
    <message>
        <location line="+115" />
        <source>expected '=' after attribute %1</source>
        <translation>„=“ nach Attribut %1 erwartet</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unexpected character '%1' in the parameter list</source>
        <translation>unerwartetes Zeichen „%1“ in der Parameterliste</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected ',' or ')' in the parameter list</source>
        <translation>„,“ oder „)“ in der Parameterliste erwartet</translation>
    </message>
    <message>
        <location line="+33" />
        <source>a parameter has no name</source>
        <translation>ein Parameter hat keinen Namen</translation>
    </message>
    <message>
        <location line="+33" />
        <source>output_tensor_names is not a list of strings</source>
        <translation>output_tensor_names ist keine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location line="+57" />
        <source>a dimension is too large</source>
        <translation>eine Dimension ist zu groß</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected character '%1' in a shape</source>
        <translation>unerwartetes Zeichen „%1“ in einer Form</translation>
    </message>
    <message>
        <location line="+14" />
        <source>expected ',' or ')' in a shape</source>
        <translation>„,“ oder „)“ in einer Form erwartet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>types are nested too deeply</source>
        <translation>Typen sind zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+20" />
        <source>expected ',' or ')' in a tuple type</source>
        <translation>„,“ oder „)“ in einem Tupeltyp erwartet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unexpected character '%1' in a type</source>
        <translation>unerwartetes Zeichen „%1“ in einem Typ</translation>
    </message>
    <message>
        <location line="+15" />
        <source>expected ']' after the dtype of a tensor type</source>
        <translation>„]“ nach dem Datentyp eines Tensortyps erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/headerparser.cpp" line="+135" />
        <source>The interface header is %1 bytes long, more than the %2 bytes accepted.</source>
        <translation>Der Schnittstellen-Header ist %1 Bytes lang, mehr als die zulässigen %2 Bytes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The archive is probably damaged.</source>
        <translation>Das Archiv ist wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <location line="+104" />
        <source>The header declares nothing for module "%1".</source>
        <translation>Der Header deklariert nichts für das Modul „%1“.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The header is not the C interface header TVM generates for this module.</source>
        <translation>Der Header ist nicht der C-Schnittstellen-Header, den TVM für dieses Modul erzeugt.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-102" />
        <source>Field "%1" of the graph should be %2 but is %3.</source>
        <translation>Feld „%1“ des Graphen sollte %2 sein, ist aber %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+8" />
        <location line="+16" />
        <source>The graph JSON is damaged; export the model again.</source>
        <translation>Das Graph-JSON ist beschädigt; exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The graph has no "%1" field.</source>
        <translation>Der Graph hat kein Feld „%1“.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Index %1 in "%2" is out of range (0 to %3).</source>
        <translation>Index %1 in „%2“ liegt außerhalb des Bereichs (0 bis %3).</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The file is not a graph written by TVM.</source>
        <translation>Die Datei ist kein von TVM geschriebener Graph.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>an array [node, output, version]</source>
        <translation>ein Array [Knoten, Ausgabe, Version]</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/paramsdecoder.cpp" line="+78" />
        <source>the file header</source>
        <translation>der Dateikopf</translation>
    </message>
    <message>
        <location line="+3" />
        <source>name %1 of %2</source>
        <translation>Name %1 von %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the array count</source>
        <translation>die Anzahl der Arrays</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the header of array %1 of %2</source>
        <translation>der Kopf von Array %1 von %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the data of array %1 of %2</source>
        <translation>die Daten von Array %1 von %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The parameters file ends after %1 bytes, inside %2.</source>
        <translation>Die Parameterdatei endet nach %1 Bytes, innerhalb von %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive is truncated or damaged; copy or export it again.</source>
        <translation>Das Archiv ist abgeschnitten oder beschädigt; kopieren oder exportieren Sie es erneut.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The parameters file has unexpected bytes after its last array (at byte %1).</source>
        <translation>Die Parameterdatei hat unerwartete Bytes nach ihrem letzten Array (bei Byte %1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive is damaged; export the model again.</source>
        <translation>Das Archiv ist beschädigt; exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Skipped %1 bytes where %2 could be skipped.</source>
        <translation>%1 Bytes übersprungen, wo %2 übersprungen werden konnten.</translation>
    </message>
    <message>
        <location line="+72" />
        <location line="+70" />
        <source>The parameters file is damaged; export the model again.</source>
        <translation>Die Parameterdatei ist beschädigt; exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <location line="-64" />
        <source>The parameters file is damaged or not a TVM parameters file.</source>
        <translation>Die Parameterdatei ist beschädigt oder keine TVM-Parameterdatei.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The parameters file does not start with the TVM parameter list magic: expected %1, found %2.</source>
        <translation>Die Parameterdatei beginnt nicht mit der Kennung einer TVM-Parameterliste: erwartet %1, gefunden %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is not a TVM parameters file; export the model again.</source>
        <translation>Dies ist keine TVM-Parameterdatei; exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The parameters file declares %1 names, more than the %2 accepted.</source>
        <translation>Die Parameterdatei deklariert %1 Namen, mehr als die zulässigen %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name %1 of the parameters file is %2 bytes long, more than the %3 accepted.</source>
        <translation>Name %1 der Parameterdatei ist %2 Bytes lang, mehr als die zulässigen %3.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The parameters file has %1 names but %2 arrays.</source>
        <translation>Die Parameterdatei hat %1 Namen, aber %2 Arrays.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Array %1 ("%2") of the parameters file does not start with the TVM array magic at byte %3: expected %4, found %5.</source>
        <translation>Array %1 („%2“) der Parameterdatei beginnt bei Byte %3 nicht mit der Kennung eines TVM-Arrays: erwartet %4, gefunden %5.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Array "%1" has %2 dimensions; 0 to %3 are accepted.</source>
        <translation>Array „%1“ hat %2 Dimensionen; zulässig sind 0 bis %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Array "%1" has an invalid dtype (code %2, %3 bits, %4 lanes).</source>
        <translation>Array „%1“ hat einen ungültigen Datentyp (Code %2, %3 Bit, %4 Lanes).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Array "%1" has a negative dimension (%2).</source>
        <translation>Array „%1“ hat eine negative Dimension (%2).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Array "%1" is larger than %2 bytes.</source>
        <translation>Array „%1“ ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Array "%1" (%2 of shape [%3]) declares %4 data bytes; %5 were expected.</source>
        <translation>Array „%1“ (%2 der Form [%3]) deklariert %4 Datenbytes; erwartet wurden %5.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelinfomerge.cpp" line="+132" />
        <source>Module "%1": %2</source>
        <translation>Modul „%1“: %2</translation>
    </message>
    <message>
        <location line="+131" />
        <source>Tensor "%1" is %2 bytes according to the metadata, but its shape %3 and dtype %4 (from %5) make %6 bytes.</source>
        <translation>Tensor „%1“ ist laut Metadaten %2 Bytes groß, aber seine Form %3 und sein Datentyp %4 (aus %5) ergeben %6 Bytes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tensor "%1" is %2 bytes according to the metadata, but the header says %3 bytes.</source>
        <translation>Tensor „%1“ ist laut Metadaten %2 Bytes groß, aber der Header sagt %3 Bytes.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The inputs of the model could not be determined (no inputs in the metadata, no relay text, graph or header describing them).</source>
        <translation>Die Eingaben des Modells konnten nicht bestimmt werden (keine Eingaben in den Metadaten, kein Relay-Text, Graph oder Header, der sie beschreibt).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No definition of tvmgen_%1_run was found in the generated C sources; the model cannot be called directly.</source>
        <translation>In den generierten C-Quellen wurde keine Definition von tvmgen_%1_run gefunden; das Modell kann nicht direkt aufgerufen werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The header declares %1, but the generated code defines only %2 (an archive exported by a TVM from late 2021); %2 will be called.</source>
        <translation>Der Header deklariert %1, aber der generierte Code definiert nur %2 (ein Archiv, das ein TVM von Ende 2021 exportiert hat); %2 wird aufgerufen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Module "%1" uses the graph executor, which needs host-driven execution over microTVM RPC; only AOT models run standalone on a device.</source>
        <translation>Modul „%1“ nutzt den Graph-Executor, der eine vom Host gesteuerte Ausführung über microTVM RPC braucht; nur AOT-Modelle laufen eigenständig auf einem Gerät.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The TVM version that exported this archive is unknown (its metadata has no external_dependencies entry).</source>
        <translation>Die TVM-Version, die dieses Archiv exportiert hat, ist unbekannt (die Metadaten haben keinen Eintrag external_dependencies).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive has no runtime/ folder (exported before TVM 0.9 or without the CRT runtime); the template must provide the TVM C runtime.</source>
        <translation>Das Archiv hat keinen Ordner runtime/ (exportiert vor TVM 0.9 oder ohne die CRT-Laufzeit); die Vorlage muss die C-Laufzeit von TVM mitbringen.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive.cpp" line="+66" />
        <source>This is not a tar archive.</source>
        <translation>Dies ist kein Tar-Archiv.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a Model Library Format archive (.tar, .tar.gz, .tar.xz or .tar.zst) or its extracted folder, as written by TVM's export_model_library_format or tvmc compile.</source>
        <translation>Wählen Sie ein Archiv im Model Library Format (.tar, .tar.gz, .tar.xz oder .tar.zst) oder seinen entpackten Ordner, wie ihn export_model_library_format von TVM oder tvmc compile schreibt.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The archive is truncated: it ends in the middle of a member.</source>
        <translation>Das Archiv ist abgeschnitten: Es endet mitten in einem Eintrag.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+85" />
        <location line="+34" />
        <source>The file was probably not copied or downloaded completely; get it again.</source>
        <translation>Die Datei wurde wahrscheinlich nicht vollständig kopiert oder heruntergeladen; holen Sie sie erneut.</translation>
    </message>
    <message>
        <location line="-117" />
        <source>The archive is damaged and cannot be read.</source>
        <translation>Das Archiv ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get the archive again or export it again with TVM.</source>
        <translation>Holen Sie das Archiv erneut oder exportieren Sie es erneut mit TVM.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive_p.h" line="+79" />
        <source>Reading the archive was cancelled.</source>
        <translation>Das Lesen des Archivs wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive.cpp" line="+11" />
        <location filename="../src/core/mlf/extractsafely.cpp" line="+232" />
        <source>Out of memory.</source>
        <translation>Kein Speicher mehr frei.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>This archive uses an unsupported compression.</source>
        <translation>Dieses Archiv nutzt eine nicht unterstützte Kompression.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The archive is truncated: it ends inside the header of its first member.</source>
        <translation>Das Archiv ist abgeschnitten: Es endet im Header seines ersten Bestandteils.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The archive could not be read.</source>
        <translation>Das Archiv konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The archive is truncated: it does not end with the end-of-archive marker of a tar file.</source>
        <translation>Das Archiv ist abgeschnitten: Es endet nicht mit der Endmarke einer Tar-Datei.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The folder has more than %1 files.</source>
        <translation>Der Ordner hat mehr als %1 Dateien.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchivemembers.cpp" line="+91" />
        <source>A member name is longer than %1 bytes.</source>
        <translation>Ein Eintragsname ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The member name is not valid UTF-8.</source>
        <translation>Der Eintragsname ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TVM writes UTF-8 names only; this archive was altered by another tool. Rename the file and pack the archive again.</source>
        <translation>TVM schreibt nur UTF-8-Namen; dieses Archiv wurde von einem anderen Werkzeug verändert. Benennen Sie die Datei um und packen Sie das Archiv erneut.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The member name contains control characters.</source>
        <translation>Der Eintragsname enthält Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The member has an absolute path; extracting it would write outside the target folder.</source>
        <translation>Der Eintrag hat einen absoluten Pfad; ihn zu entpacken würde außerhalb des Zielordners schreiben.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <location filename="../src/core/mlf/extractsafely.cpp" line="-122" />
        <source>Do not use this archive; it may have been crafted to overwrite files.</source>
        <translation>Verwenden Sie dieses Archiv nicht; es wurde eventuell gebaut, um Dateien zu überschreiben.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>The member name contains ".."; extracting it would write outside the target folder.</source>
        <translation>Der Eintragsname enthält „..“; ihn zu entpacken würde außerhalb des Zielordners schreiben.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The member is a device node, FIFO or socket, which a model archive never contains.</source>
        <translation>Der Eintrag ist ein Gerät, FIFO oder Socket, was ein Modellarchiv nie enthält.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../src/core/mlf/extractsafely.cpp" line="+23" />
        <source>Do not use this archive.</source>
        <translation>Verwenden Sie dieses Archiv nicht.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The member would be written through the symbolic link "%1" of the same archive.</source>
        <translation>Der Eintrag würde über den symbolischen Link „%1“ desselben Archivs geschrieben.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+22" />
        <location line="+14" />
        <source>Do not use this archive; it may have been crafted to write outside its folder.</source>
        <translation>Verwenden Sie dieses Archiv nicht; es wurde eventuell gebaut, um außerhalb seines Ordners zu schreiben.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>The link target is not valid UTF-8.</source>
        <translation>Das Linkziel ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The symbolic link points outside the archive (to "%1").</source>
        <translation>Der symbolische Link zeigt aus dem Archiv hinaus (auf „%1“).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The hard link points to "%1", which is not an earlier file of the archive.</source>
        <translation>Der harte Link zeigt auf „%1“, keine frühere Datei des Archivs.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The archive contains "%1" twice.</source>
        <translation>Das Archiv enthält „%1“ zweimal.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tools disagree on which copy wins; pack the archive again with each file once.</source>
        <translation>Werkzeuge sind uneins, welche Kopie gilt; packen Sie das Archiv erneut mit jeder Datei nur einmal.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The archive has more than %1 members.</source>
        <translation>Das Archiv hat mehr als %1 Einträge.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The member has a negative size.</source>
        <translation>Der Eintrag hat eine negative Größe.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The archive unpacks to more than %1 MiB (the member declares %2 bytes).</source>
        <translation>Das Archiv entpackt sich zu mehr als %1 MiB (der Eintrag gibt %2 Bytes an).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is far larger than any model; the archive may be a decompression bomb.</source>
        <translation>Das ist viel größer als jedes Modell; das Archiv ist eventuell eine Dekompressionsbombe.</translation>
    </message>
    <message>
        <location line="+136" />
        <location line="+10" />
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive.cpp" line="+49" />
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This is not a regular file.</source>
        <translation>Dies ist keine normale Datei.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a model archive or its extracted folder.</source>
        <translation>Wählen Sie ein Modellarchiv oder seinen entpackten Ordner.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+16" />
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The export or the download probably failed; get the archive again.</source>
        <translation>Der Export oder der Download ist wahrscheinlich fehlgeschlagen; holen Sie das Archiv erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchivemembers.cpp" line="+16" />
        <source>The archive is not open.</source>
        <translation>Das Archiv ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+11" />
        <source>No member to read.</source>
        <translation>Kein Eintrag zum Lesen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The member is %1 bytes; at most %2 bytes are read.</source>
        <translation>Der Eintrag ist %1 Bytes groß; höchstens %2 Bytes werden gelesen.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The member is larger than %1 bytes.</source>
        <translation>Der Eintrag ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The archive has no member "%1".</source>
        <translation>Das Archiv hat keinen Eintrag „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchivesummary.cpp" line="+80" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+112" />
        <source>metadata.json is %1 bytes; at most %2 bytes are accepted.</source>
        <translation>metadata.json ist %1 Bytes groß; höchstens %2 Bytes sind zulässig.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Real metadata is a few KiB; this archive is damaged or hostile.</source>
        <translation>Echte Metadaten sind wenige KiB groß; dieses Archiv ist beschädigt oder bösartig.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The header is larger than %1 bytes and was not read.</source>
        <translation>Der Header ist größer als %1 Bytes und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The graph JSON is larger than %1 bytes and was not read.</source>
        <translation>Das Graph-JSON ist größer als %1 Bytes und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Every Model Library Format archive has metadata.json at its top level; export the model again with TVM (tvm.micro.export_model_library_format or tvmc compile --output-format mlf).</source>
        <translation>Jedes Archiv im Model Library Format hat metadata.json auf oberster Ebene; exportieren Sie das Modell erneut mit TVM (tvm.micro.export_model_library_format oder tvmc compile --output-format mlf).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Found %1: the archive has an extra top folder. Pack the contents of that folder instead.</source>
        <translation>%1 gefunden: Das Archiv hat einen zusätzlichen obersten Ordner. Packen Sie stattdessen den Inhalt dieses Ordners.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The archive has no metadata.json, so it is not a Model Library Format archive.</source>
        <translation>Das Archiv hat keine metadata.json und ist daher kein Archiv im Model Library Format.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/extractsafely.cpp" line="-34" />
        <source>The member could not be written.</source>
        <translation>Der Eintrag konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and the permissions of the target folder.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen des Zielordners.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+50" />
        <source>The member would be written outside the target folder.</source>
        <translation>Der Eintrag würde außerhalb des Zielordners geschrieben.</translation>
    </message>
    <message>
        <location line="-30" />
        <source>The member would be written through "%1", which is not a folder.</source>
        <translation>Der Eintrag würde über „%1“ geschrieben, das kein Ordner ist.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>The member holds more data than it declares.</source>
        <translation>Der Eintrag enthält mehr Daten, als er angibt.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+31" />
        <source>Extraction was cancelled.</source>
        <translation>Das Entpacken wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The extracted files could not be finished: %1</source>
        <translation>Die entpackten Dateien konnten nicht fertiggestellt werden: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The target must name a new folder.</source>
        <translation>Das Ziel muss einen neuen Ordner nennen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The target folder already exists.</source>
        <translation>Der Zielordner existiert bereits.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a new folder name or remove the existing folder.</source>
        <translation>Wählen Sie einen neuen Ordnernamen oder entfernen Sie den vorhandenen Ordner.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The folder that should contain the target does not exist.</source>
        <translation>Der Ordner, der das Ziel enthalten soll, existiert nicht.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create it first.</source>
        <translation>Legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A temporary folder could not be created beside the target: %1</source>
        <translation>Neben dem Ziel konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the permissions of the folder.</source>
        <translation>Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The extracted folder could not be moved into place: %1</source>
        <translation>Der entpackte Ordner konnte nicht an seinen Platz verschoben werden: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program may have created the target meanwhile.</source>
        <translation>Ein anderes Programm hat das Ziel eventuell inzwischen angelegt.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf::Extractor</name>
    <message>
        <source>The member could not be written.</source>
        <translation type="vanished">Der Eintrag konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check the free space and the permissions of the target folder.</source>
        <translation type="vanished">Prüfen Sie den freien Speicherplatz und die Berechtigungen des Zielordners.</translation>
    </message>
    <message>
        <source>The member would be written outside the target folder.</source>
        <translation type="vanished">Der Eintrag würde außerhalb des Zielordners geschrieben.</translation>
    </message>
    <message>
        <source>Do not use this archive; it may have been crafted to overwrite files.</source>
        <translation type="vanished">Verwenden Sie dieses Archiv nicht; es wurde eventuell gebaut, um Dateien zu überschreiben.</translation>
    </message>
    <message>
        <source>The member would be written through "%1", which is not a folder.</source>
        <translation type="vanished">Der Eintrag würde über „%1“ geschrieben, das kein Ordner ist.</translation>
    </message>
    <message>
        <source>Do not use this archive.</source>
        <translation type="vanished">Verwenden Sie dieses Archiv nicht.</translation>
    </message>
    <message>
        <source>The member holds more data than it declares.</source>
        <translation type="vanished">Der Eintrag enthält mehr Daten, als er angibt.</translation>
    </message>
    <message>
        <source>Extraction was cancelled.</source>
        <translation type="vanished">Das Entpacken wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="vanished">Kein Speicher mehr frei.</translation>
    </message>
    <message>
        <source>The extracted files could not be finished: %1</source>
        <translation type="vanished">Die entpackten Dateien konnten nicht fertiggestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf::ModelArchive</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="vanished">Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="vanished">Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="vanished">Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="vanished">Dies ist keine normale Datei.</translation>
    </message>
    <message>
        <source>Choose a model archive or its extracted folder.</source>
        <translation type="vanished">Wählen Sie ein Modellarchiv oder seinen entpackten Ordner.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="vanished">Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The export or the download probably failed; get the archive again.</source>
        <translation type="vanished">Der Export oder der Download ist wahrscheinlich fehlgeschlagen; holen Sie das Archiv erneut.</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation type="vanished">Das Archiv ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>No member to read.</source>
        <translation type="vanished">Kein Eintrag zum Lesen.</translation>
    </message>
    <message>
        <source>The member is %1 bytes; at most %2 bytes are read.</source>
        <translation type="vanished">Der Eintrag ist %1 Bytes groß; höchstens %2 Bytes werden gelesen.</translation>
    </message>
    <message>
        <source>The member is larger than %1 bytes.</source>
        <translation type="vanished">Der Eintrag ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The archive has no member "%1".</source>
        <translation type="vanished">Das Archiv hat keinen Eintrag „%1“.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf::ModelArchive::Private</name>
    <message>
        <source>This is not a tar archive.</source>
        <translation type="vanished">Dies ist kein Tar-Archiv.</translation>
    </message>
    <message>
        <source>Choose a Model Library Format archive (.tar, .tar.gz, .tar.xz or .tar.zst) or its extracted folder, as written by TVM's export_model_library_format or tvmc compile.</source>
        <translation type="vanished">Wählen Sie ein Archiv im Model Library Format (.tar, .tar.gz, .tar.xz oder .tar.zst) oder seinen entpackten Ordner, wie ihn export_model_library_format von TVM oder tvmc compile schreibt.</translation>
    </message>
    <message>
        <source>The archive is truncated: it ends in the middle of a member.</source>
        <translation type="vanished">Das Archiv ist abgeschnitten: Es endet mitten in einem Eintrag.</translation>
    </message>
    <message>
        <source>The file was probably not copied or downloaded completely; get it again.</source>
        <translation type="vanished">Die Datei wurde wahrscheinlich nicht vollständig kopiert oder heruntergeladen; holen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The archive is damaged and cannot be read.</source>
        <translation type="vanished">Das Archiv ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Get the archive again or export it again with TVM.</source>
        <translation type="vanished">Holen Sie das Archiv erneut oder exportieren Sie es erneut mit TVM.</translation>
    </message>
    <message>
        <source>Reading the archive was cancelled.</source>
        <translation type="vanished">Das Lesen des Archivs wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="vanished">Kein Speicher mehr frei.</translation>
    </message>
    <message>
        <source>This archive uses an unsupported compression.</source>
        <translation type="vanished">Dieses Archiv nutzt eine nicht unterstützte Kompression.</translation>
    </message>
    <message>
        <source>The archive could not be read.</source>
        <translation type="vanished">Das Archiv konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The archive is truncated: it does not end with the end-of-archive marker of a tar file.</source>
        <translation type="vanished">Das Archiv ist abgeschnitten: Es endet nicht mit der Endmarke einer Tar-Datei.</translation>
    </message>
    <message>
        <source>The folder has more than %1 files.</source>
        <translation type="vanished">Der Ordner hat mehr als %1 Dateien.</translation>
    </message>
    <message>
        <source>A member name is longer than %1 bytes.</source>
        <translation type="vanished">Ein Eintragsname ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>The member name is not valid UTF-8.</source>
        <translation type="vanished">Der Eintragsname ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>TVM writes UTF-8 names only; this archive was altered by another tool. Rename the file and pack the archive again.</source>
        <translation type="vanished">TVM schreibt nur UTF-8-Namen; dieses Archiv wurde von einem anderen Werkzeug verändert. Benennen Sie die Datei um und packen Sie das Archiv erneut.</translation>
    </message>
    <message>
        <source>The member name contains control characters.</source>
        <translation type="vanished">Der Eintragsname enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The member has an absolute path; extracting it would write outside the target folder.</source>
        <translation type="vanished">Der Eintrag hat einen absoluten Pfad; ihn zu entpacken würde außerhalb des Zielordners schreiben.</translation>
    </message>
    <message>
        <source>Do not use this archive; it may have been crafted to overwrite files.</source>
        <translation type="vanished">Verwenden Sie dieses Archiv nicht; es wurde eventuell gebaut, um Dateien zu überschreiben.</translation>
    </message>
    <message>
        <source>The member name contains ".."; extracting it would write outside the target folder.</source>
        <translation type="vanished">Der Eintragsname enthält „..“; ihn zu entpacken würde außerhalb des Zielordners schreiben.</translation>
    </message>
    <message>
        <source>The member is a device node, FIFO or socket, which a model archive never contains.</source>
        <translation type="vanished">Der Eintrag ist ein Gerät, FIFO oder Socket, was ein Modellarchiv nie enthält.</translation>
    </message>
    <message>
        <source>Do not use this archive.</source>
        <translation type="vanished">Verwenden Sie dieses Archiv nicht.</translation>
    </message>
    <message>
        <source>The member would be written through the symbolic link "%1" of the same archive.</source>
        <translation type="vanished">Der Eintrag würde über den symbolischen Link „%1“ desselben Archivs geschrieben.</translation>
    </message>
    <message>
        <source>Do not use this archive; it may have been crafted to write outside its folder.</source>
        <translation type="vanished">Verwenden Sie dieses Archiv nicht; es wurde eventuell gebaut, um außerhalb seines Ordners zu schreiben.</translation>
    </message>
    <message>
        <source>The link target is not valid UTF-8.</source>
        <translation type="vanished">Das Linkziel ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The symbolic link points outside the archive (to "%1").</source>
        <translation type="vanished">Der symbolische Link zeigt aus dem Archiv hinaus (auf „%1“).</translation>
    </message>
    <message>
        <source>The hard link points to "%1", which is not an earlier file of the archive.</source>
        <translation type="vanished">Der harte Link zeigt auf „%1“, keine frühere Datei des Archivs.</translation>
    </message>
    <message>
        <source>The archive contains "%1" twice.</source>
        <translation type="vanished">Das Archiv enthält „%1“ zweimal.</translation>
    </message>
    <message>
        <source>Tools disagree on which copy wins; pack the archive again with each file once.</source>
        <translation type="vanished">Werkzeuge sind uneins, welche Kopie gilt; packen Sie das Archiv erneut mit jeder Datei nur einmal.</translation>
    </message>
    <message>
        <source>The archive has more than %1 members.</source>
        <translation type="vanished">Das Archiv hat mehr als %1 Einträge.</translation>
    </message>
    <message>
        <source>The member has a negative size.</source>
        <translation type="vanished">Der Eintrag hat eine negative Größe.</translation>
    </message>
    <message>
        <source>The archive unpacks to more than %1 MiB (the member declares %2 bytes).</source>
        <translation type="vanished">Das Archiv entpackt sich zu mehr als %1 MiB (der Eintrag gibt %2 Bytes an).</translation>
    </message>
    <message>
        <source>This is far larger than any model; the archive may be a decompression bomb.</source>
        <translation type="vanished">Das ist viel größer als jedes Modell; das Archiv ist eventuell eine Dekompressionsbombe.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="vanished">Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Package</name>
    <message>
        <location filename="../src/core/package/packagemanifest.cpp" line="+31" />
        <location filename="../src/core/package/flashrecipe.cpp" line="+77" />
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+16" />
        <location filename="../src/core/package/flashrecipe.cpp" line="-6" />
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must be a relative path inside the package</source>
        <translation>muss ein relativer Pfad innerhalb des Pakets sein</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The package's manifest is malformed: %1 %2.</source>
        <translation>Das Manifest des Pakets ist fehlerhaft: %1 %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the package again with tinydeploy-cli package (or Export Deployment Package in the GUI).</source>
        <translation>Erstellen Sie das Paket mit tinydeploy-cli package neu (oder mit „Deployment-Paket exportieren“ in der GUI).</translation>
    </message>
    <message>
        <location line="+93" />
        <source>The package's manifest is larger than %1 MiB: this is not a deployment package.</source>
        <translation>Das Manifest des Pakets ist größer als %1 MiB: Dies ist kein Deployment-Paket.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The package's manifest is not a JSON object.</source>
        <translation>Das Manifest des Pakets ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is damaged or not a deployment package: make the package again.</source>
        <translation>Die Datei ist beschädigt oder kein Deployment-Paket: Erstellen Sie das Paket neu.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The package's manifest has no package_format: this is not a deployment package.</source>
        <translation>Das Manifest des Pakets hat kein package_format: Dies ist kein Deployment-Paket.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The package has format version %1; this TinyDeploy reads version %2.</source>
        <translation>Das Paket hat die Formatversion %1; dieses TinyDeploy liest Version %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Update TinyDeploy to open it.</source>
        <translation>Aktualisieren Sie TinyDeploy, um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the package again with this TinyDeploy.</source>
        <translation>Erstellen Sie das Paket mit diesem TinyDeploy neu.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be an ISO 8601 time</source>
        <translation>muss eine Zeitangabe nach ISO 8601 sein</translation>
    </message>
    <message>
        <location line="+44" />
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <location line="+13" />
        <source>must be 64 lowercase hex digits</source>
        <translation>muss aus 64 kleingeschriebenen Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be a byte count</source>
        <translation>muss eine Byteanzahl sein</translation>
    </message>
    <message>
        <location line="+2" />
        <source>names a member twice</source>
        <translation>nennt einen Bestandteil zweimal</translation>
    </message>
    <message>
        <location line="+15" />
        <source>names %1, which is not among the members</source>
        <translation>nennt %1, das nicht zu den Bestandteilen gehört</translation>
    </message>
    <message>
        <location filename="../src/core/package/flashrecipe.cpp" line="-53" />
        <source>The flash recipe is not usable: %1 %2.</source>
        <translation>Das Flash-Rezept ist nicht verwendbar: %1 %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build the project again with this TinyDeploy, then make the package again.</source>
        <translation>Bauen Sie das Projekt mit diesem TinyDeploy neu und erstellen Sie dann das Paket neu.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>is larger than 1 MiB</source>
        <translation>ist größer als 1 MiB</translation>
    </message>
    <message>
        <location line="+4" />
        <source>is not a JSON object</source>
        <translation>ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The flash recipe has format version %1; this TinyDeploy reads version %2.</source>
        <translation>Das Flash-Rezept hat die Formatversion %1; dieses TinyDeploy liest Version %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Use the TinyDeploy that made the package, or make it again.</source>
        <translation>Verwenden Sie das TinyDeploy, mit dem das Paket erstellt wurde, oder erstellen Sie es neu.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>must name at least one file</source>
        <translation>muss mindestens eine Datei nennen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>is not a known kind of file</source>
        <translation>ist keine bekannte Dateiart</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be a relative path inside the project</source>
        <translation>muss ein relativer Pfad innerhalb des Projekts sein</translation>
    </message>
    <message>
        <location filename="../src/core/package/packagewriter.cpp" line="+73" />
        <source>The file is too large for a deployment package.</source>
        <translation>Die Datei ist zu groß für ein Deployment-Paket.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot read a file of the package.</source>
        <translation>Eine Datei des Pakets kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the project is built and readable.</source>
        <translation>Prüfen Sie, ob das Projekt gebaut und lesbar ist.</translation>
    </message>
    <message>
        <location line="+169" />
        <source>Cannot write the deployment package.</source>
        <translation>Das Deployment-Paket kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and the permissions of the folder.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The project folder does not exist.</source>
        <translation>Der Projektordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the folder of a generated and built project.</source>
        <translation>Geben Sie den Ordner eines generierten und gebauten Projekts an.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The project cannot be packaged: its template does not describe how to flash without it.</source>
        <translation>Das Projekt kann nicht verpackt werden: Seine Vorlage beschreibt nicht, wie ohne sie geflasht wird.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deployment packages need a project of TinyDeploy's own templates (host, qemu-cortex-m, stm32, microbit); flash this one with tinydeploy-cli flash.</source>
        <translation>Deployment-Pakete benötigen ein Projekt aus den eigenen Vorlagen von TinyDeploy (host, qemu-cortex-m, stm32, microbit); flashen Sie dieses mit tinydeploy-cli flash.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The project is not built (or was built before TinyDeploy wrote flash recipes).</source>
        <translation>Das Projekt ist nicht gebaut (oder wurde gebaut, bevor TinyDeploy Flash-Rezepte geschrieben hat).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build it (tinydeploy-cli build PROJECT), then make the package.</source>
        <translation>Bauen Sie es (tinydeploy-cli build PROJECT) und erstellen Sie dann das Paket.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot read the project's flash recipe.</source>
        <translation>Das Flash-Rezept des Projekts kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The built firmware named by the flash recipe is missing.</source>
        <translation>Die im Flash-Rezept genannte gebaute Firmware fehlt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build the project again, then make the package.</source>
        <translation>Bauen Sie das Projekt neu und erstellen Sie dann das Paket.</translation>
    </message>
    <message>
        <location filename="../src/core/package/packagereader.cpp" line="+27" />
        <source>Do not flash it: ask for the package again, or make it again from the built project.</source>
        <translation>Flashen Sie es nicht: Fordern Sie das Paket erneut an oder erstellen Sie es aus dem gebauten Projekt neu.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The deployment package does not exist or is not a file.</source>
        <translation>Das Deployment-Paket existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the path of a .tdpkg file.</source>
        <translation>Geben Sie den Pfad einer .tdpkg-Datei an.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file is not a deployment package (not a tar archive).</source>
        <translation>Die Datei ist kein Deployment-Paket (kein tar-Archiv).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The file is not a deployment package: its first member is not manifest.json.</source>
        <translation>Die Datei ist kein Deployment-Paket: Ihr erster Bestandteil ist nicht manifest.json.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Make packages with tinydeploy-cli package or the GUI's Export Deployment Package.</source>
        <translation>Erstellen Sie Pakete mit tinydeploy-cli package oder mit „Deployment-Paket exportieren“ in der GUI.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The package holds a link; deployment packages hold only files.</source>
        <translation>Das Paket enthält einen Link; Deployment-Pakete enthalten nur Dateien.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The package was changed after it was written: it holds %1, which its manifest does not list.</source>
        <translation>Das Paket wurde nach dem Schreiben verändert: Es enthält %1, das in seinem Manifest nicht aufgeführt ist.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The package was changed after it was written: %1 has %2 bytes, its manifest recorded %3.</source>
        <translation>Das Paket wurde nach dem Schreiben verändert: %1 hat %2 Bytes, sein Manifest verzeichnet %3.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The package was changed after it was written: %1, which its manifest lists, is missing.</source>
        <translation>Das Paket wurde nach dem Schreiben verändert: %1, das in seinem Manifest aufgeführt ist, fehlt.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The package was changed after it was written: the contents of %1 differ from what its manifest recorded (SHA-256 %2, expected %3).</source>
        <translation>Das Paket wurde nach dem Schreiben verändert: Der Inhalt von %1 weicht von dem ab, was sein Manifest verzeichnet (SHA-256 %2, erwartet %3).</translation>
    </message>
    <message>
        <location filename="../src/core/package/recipeflasher.cpp" line="+45" />
        <source>TinyDeploy's flashing library (firmware_templates/common/tdserver) is not installed beside the program.</source>
        <translation>Die Flash-Bibliothek von TinyDeploy (firmware_templates/common/tdserver) ist nicht neben dem Programm installiert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reinstall TinyDeploy: flashing a package needs its share folder.</source>
        <translation>Installieren Sie TinyDeploy neu: Zum Flashen eines Pakets wird sein share-Ordner benötigt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Looked in: %1</source>
        <translation>Gesucht in: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no bundled folder)</source>
        <translation>(kein mitgelieferter Ordner)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>A flash is already in progress.</source>
        <translation>Es läuft bereits ein Flash-Vorgang.</translation>
    </message>
    <message>
        <location line="+121" />
        <source>Command: %1
Exit status %2
Last lines of output:
%3</source>
        <translation>Befehl: %1
Exit-Status %2
Letzte Ausgabezeilen:
%3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The flash was cancelled.</source>
        <translation>Das Flashen wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The flashing library could not be started: %1</source>
        <translation>Die Flash-Bibliothek konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The flashing library ended without saying why (exit status %1).</source>
        <translation>Die Flash-Bibliothek wurde ohne Angabe von Gründen beendet (Exit-Status %1).</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Plugin</name>
    <message>
        <location filename="../src/core/plugin/plugininfo.cpp" line="+10" />
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>incompatible</source>
        <translation>inkompatibel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not used (an earlier copy was loaded)</source>
        <translation>nicht verwendet (eine frühere Kopie wurde geladen)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/core/plugin/pluginmanager.cpp" line="+69" />
        <source>%1 (built in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reinstall TinyDeploy, or remove this file from the plugin folder.</source>
        <translation>Installieren Sie TinyDeploy neu oder entfernen Sie diese Datei aus dem Plugin-Ordner.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Install the plugin that came with this TinyDeploy (%1), or reinstall TinyDeploy.</source>
        <translation>Installieren Sie das Plugin, das zu diesem TinyDeploy (%1) gehört, oder installieren Sie TinyDeploy neu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The plugin does not say which TinyDeploy versions it works with (no "%1" in its metadata).</source>
        <translation>Das Plugin gibt nicht an, mit welchen TinyDeploy-Versionen es funktioniert (kein „%1“ in seinen Metadaten).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plugin's "%1" is not a string.</source>
        <translation>„%1“ des Plugins ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The plugin's "%1" is not a version number: "%2".</source>
        <translation>„%1“ des Plugins ist keine Versionsnummer: „%2“.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The plugin's metadata is inconsistent: compatVersion %1 is newer than version %2.</source>
        <translation>Die Metadaten des Plugins widersprechen sich: compatVersion %1 ist neuer als version %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The plugin is made for TinyDeploy %1; this is TinyDeploy %2.</source>
        <translation>Das Plugin ist für TinyDeploy %1 gemacht; dies ist TinyDeploy %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The plugin is made for TinyDeploy %1 to %2; this is TinyDeploy %3.</source>
        <translation>Das Plugin ist für TinyDeploy %1 bis %2 gemacht; dies ist TinyDeploy %3.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>This file is not a TinyDeploy plugin, or it is damaged.</source>
        <translation>Diese Datei ist kein TinyDeploy-Plugin oder sie ist beschädigt.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The plugin's metadata names no interface (IID).</source>
        <translation>Die Metadaten des Plugins nennen keine Schnittstelle (IID).</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The plugin could not be loaded.</source>
        <translation>Das Plugin konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A library it needs may be missing or of another version. Reinstall TinyDeploy.</source>
        <translation>Eine Bibliothek, die es braucht, fehlt vielleicht oder hat eine andere Version. Installieren Sie TinyDeploy neu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The plugin declares the interface %1 but its object (%2) does not implement it.</source>
        <translation>Das Plugin gibt die Schnittstelle %1 an, aber sein Objekt (%2) implementiert sie nicht.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::ProjectApi</name>
    <message>
        <location filename="../src/core/projectapi/base85.cpp" line="+79" />
        <source>Invalid Base85 character 0x%1 at offset %2.</source>
        <translation>Ungültiges Base85-Zeichen 0x%1 bei Position %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>The data is not Base85 text as Python's base64.b85encode makes it.</source>
        <translation>Die Daten sind kein Base85-Text, wie ihn base64.b85encode von Python erzeugt.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Base85 overflow in the group starting at offset %1.</source>
        <translation>Base85-Überlauf in der Gruppe ab Position %1.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/jsonrpc.cpp" line="+22" />
        <source>... (%1 bytes in total)</source>
        <translation>... (insgesamt %1 Bytes)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply line: %1</source>
        <translation>Antwortzeile: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Project API server sent a malformed reply: %1</source>
        <translation>Der Project-API-Server hat eine fehlerhafte Antwort gesendet: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template's server does not follow the Project API protocol; check its log output.</source>
        <translation>Der Server der Vorlage folgt nicht dem Project-API-Protokoll; prüfen Sie seine Protokollausgabe.</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Server message: %1</source>
        <translation>Servermeldung: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server message: %1

%2</source>
        <translation>Servermeldung: %1

%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The device transport is closed.</source>
        <translation>Der Gerätetransport ist geschlossen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the board is connected and flashed, then open the transport again.</source>
        <translation>Prüfen Sie, ob das Board angeschlossen und geflasht ist, und öffnen Sie den Transport dann erneut.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device did not answer in time.</source>
        <translation>Das Gerät hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the connection to the board, or allow a longer timeout.</source>
        <translation>Prüfen Sie die Verbindung zum Board, oder erlauben Sie ein längeres Zeitlimit.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The template does not support this TVM version.</source>
        <translation>Die Vorlage unterstützt diese TVM-Version nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a template made for the TVM version of the model, or a newer template.</source>
        <translation>Verwenden Sie eine Vorlage für die TVM-Version des Modells, oder eine neuere Vorlage.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The Project API server failed: %1</source>
        <translation>Der Project-API-Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the server's log output above the traceback for the cause.</source>
        <translation>Die Ursache steht in der Protokollausgabe des Servers über dem Traceback.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server rejected the request as invalid: %1</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is a bug in TinyDeploy or the server; the server stops after this error.</source>
        <translation>Das ist ein Fehler in TinyDeploy oder im Server; der Server beendet sich nach diesem Fehler.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server does not implement this method: %1</source>
        <translation>Der Server implementiert diese Methode nicht: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template may be too old or incomplete for this step.</source>
        <translation>Die Vorlage ist für diesen Schritt eventuell zu alt oder unvollständig.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server rejected the parameters: %1</source>
        <translation>Der Server hat die Parameter abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template may expect a different Project API version.</source>
        <translation>Die Vorlage erwartet eventuell eine andere Version der Project API.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server answered with error %1: %2</source>
        <translation>Der Server antwortete mit Fehler %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>not JSON (%1 at offset %2)</source>
        <translation>kein JSON (%1 bei Position %2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"jsonrpc" is not "2.0"</source>
        <translation>„jsonrpc“ ist nicht „2.0“</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The server answered request %1 with the id %2.</source>
        <translation>Der Server hat Anfrage %1 mit der ID %2 beantwortet.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../src/core/projectapi/projectoption.cpp" line="+19" />
        <source>The template's server does not follow the Project API protocol.</source>
        <translation>Der Server der Vorlage folgt nicht dem Project-API-Protokoll.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"error" is not an object</source>
        <translation>„error“ ist kein Objekt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"error.code" is not an integer</source>
        <translation>„error.code“ ist keine Ganzzahl</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"error.message" is not a string</source>
        <translation>„error.message“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it has neither "result" nor "error"</source>
        <translation>sie hat weder „result“ noch „error“</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/lineframer.cpp" line="+17" />
        <source>A line is longer than the limit of %1 bytes.</source>
        <translation>Eine Zeile ist länger als die Grenze von %1 Bytes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The other side sent more data on one line than is plausible; the line was skipped.</source>
        <translation>Die Gegenseite hat mehr Daten in einer Zeile gesendet als plausibel; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line length limit: %1 bytes.</source>
        <translation>Grenze der Zeilenlänge: %1 Bytes.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/optionvalues.cpp" line="+19" />
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../src/core/projectapi/projectoption.cpp" line="+194" />
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+5" />
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Option '%1' must be %2; got '%3'.</source>
        <translation>Option „%1“ muss %2 sein; erhalten: „%3“.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Unknown option '%1'.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This template declares no options.</source>
        <translation>Diese Vorlage deklariert keine Optionen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Known options: %1.</source>
        <translation>Bekannte Optionen: %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+9" />
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>true or false (or 1/0, yes/no, on/off)</source>
        <translation>true oder false (oder 1/0, yes/no, on/off)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Option assignments have the form NAME=VALUE; got '%1'.</source>
        <translation>Optionszuweisungen haben die Form NAME=WERT; erhalten: „%1“.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For example: -o workspace_size_bytes=65536</source>
        <translation>Zum Beispiel: -o workspace_size_bytes=65536</translation>
    </message>
    <message>
        <location line="+29" />
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Set it with %1=VALUE.</source>
        <translation>Setzen Sie sie mit %1=WERT.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Allowed values: %1.</source>
        <translation>Erlaubte Werte: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Option '%1' is required for %2.</source>
        <translation>Option „%1“ ist für %2 erforderlich.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/projectapiclient.cpp" line="+93" />
        <source>A Project API server is already running for this client.</source>
        <translation>Für diesen Client läuft bereits ein Project-API-Server.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The Project API server was stopped.</source>
        <translation>Der Project-API-Server wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>No Project API server has been started.</source>
        <translation>Es wurde kein Project-API-Server gestartet.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The server's reply is longer than the limit of %1 bytes.</source>
        <translation>Die Antwort des Servers ist länger als die Grenze von %1 Bytes.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The Project API server did not answer %1 within %2 s.</source>
        <translation>Der Project-API-Server hat %1 nicht innerhalb von %2 s beantwortet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server was stopped. Check its log output for where it got stuck.</source>
        <translation>Der Server wurde gestoppt. Seine Protokollausgabe zeigt, wo er hängen blieb.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server seems to wait for an answer to "%1", which it cannot get: a Project API server has no terminal. Set up what it asks for beforehand (for example, the permission it needs), then retry.</source>
        <translation>Der Server scheint auf eine Antwort auf „%1“ zu warten, die er nicht bekommen kann: Ein Project-API-Server hat kein Terminal. Richten Sie vorher ein, was er verlangt (zum Beispiel die benötigte Berechtigung), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not sent: the server did not answer %1 in time.</source>
        <translation>Nicht gesendet: Der Server hat %1 nicht rechtzeitig beantwortet.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Working directory: %1</source>
        <translation>Arbeitsverzeichnis: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Server process: %1</source>
        <translation>Serverprozess: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server wrote nothing to stderr.</source>
        <translation>Der Server hat nichts auf stderr geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Last %n line(s) of the server's stderr:</source>
        <translation>
            <numerusform>Letzte %n Zeile von stderr des Servers:</numerusform>
            <numerusform>Letzte %n Zeilen von stderr des Servers:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>The Project API server could not be started: %1</source>
        <translation>Der Project-API-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check that the template's launch script or Python interpreter exists and is executable.</source>
        <translation>Prüfen Sie, ob das Startskript der Vorlage oder der Python-Interpreter existiert und ausführbar ist.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Project API server crashed (%1).</source>
        <translation>Der Project-API-Server ist abgestürzt (%1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The Project API server exited (%1).</source>
        <translation>Der Project-API-Server hat sich beendet (%1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The last lines of its error output below usually say why.</source>
        <translation>Die letzten Zeilen seiner Fehlerausgabe unten sagen meist, warum.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>'%1' is not a valid Project API method name.</source>
        <translation>„%1“ ist kein gültiger Methodenname der Project API.</translation>
    </message>
    <message>
        <location line="+101" />
        <source>The server's answer is malformed: expected a Base85 string.</source>
        <translation>Die Antwort des Servers ist fehlerhaft: Eine Base85-Zeichenkette wurde erwartet.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/projectoption.cpp" line="-196" />
        <source>The server's answer is malformed: %1.</source>
        <translation>Die Antwort des Servers ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>expected %1</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+180" />
        <location line="+23" />
        <location line="+16" />
        <location line="+36" />
        <location line="+20" />
        <source>the field is missing</source>
        <translation>das Feld fehlt</translation>
    </message>
    <message>
        <location line="-273" />
        <location line="+17" />
        <location line="+108" />
        <location line="+16" />
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="-129" />
        <source>an array of method names or null</source>
        <translation>ein Array von Methodennamen oder null</translation>
    </message>
    <message>
        <location line="+78" />
        <location line="+81" />
        <location line="+78" />
        <location line="+6" />
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-148" />
        <source>a string, number or boolean</source>
        <translation>eine Zeichenkette, Zahl oder ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+6" />
        <source>an array or null</source>
        <translation>ein Array oder null</translation>
    </message>
    <message>
        <location line="+71" />
        <source>The template's server speaks Project API protocol version %1; TinyDeploy supports version %2.</source>
        <translation>Der Server der Vorlage spricht Version %1 des Project-API-Protokolls; TinyDeploy unterstützt Version %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Use a template written for microTVM's Project API (TVM 0.8 to 0.18).</source>
        <translation>Verwenden Sie eine Vorlage, die für die Project API von microTVM geschrieben ist (TVM 0.8 bis 0.18).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a string or null</source>
        <translation>eine Zeichenkette oder null</translation>
    </message>
    <message>
        <location line="+7" />
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+56" />
        <source>a number of seconds, 0 or more</source>
        <translation>eine Anzahl Sekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>TINYDEPLOY_PYTHON is set to '%1', which is not an executable.</source>
        <translation type="vanished">TINYDEPLOY_PYTHON ist auf „%1“ gesetzt, das nicht ausführbar ist.</translation>
    </message>
    <message>
        <source>Set TINYDEPLOY_PYTHON to a Python 3 interpreter, or unset it to use python3 from PATH.</source>
        <translation type="vanished">Setzen Sie TINYDEPLOY_PYTHON auf einen Python-3-Interpreter, oder entfernen Sie die Variable, um python3 aus dem PATH zu verwenden.</translation>
    </message>
    <message>
        <source>No python3 was found on PATH to run the template's server.</source>
        <translation type="vanished">Im PATH wurde kein python3 gefunden, um den Server der Vorlage auszuführen.</translation>
    </message>
    <message>
        <source>Install Python 3, or set TINYDEPLOY_PYTHON to an interpreter.</source>
        <translation type="vanished">Installieren Sie Python 3, oder setzen Sie TINYDEPLOY_PYTHON auf einen Interpreter.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/serverlaunch.cpp" line="+20" />
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed to start: %1</source>
        <translation>Start fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>killed by signal %1 (SIG%2)</source>
        <translation>durch Signal %1 (SIG%2) beendet</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The template or project directory '%1' does not exist.</source>
        <translation>Das Vorlagen- oder Projektverzeichnis „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose an existing template or generated project directory.</source>
        <translation>Wählen Sie ein vorhandenes Vorlagen- oder generiertes Projektverzeichnis.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The launch script is not executable.</source>
        <translation>Das Startskript ist nicht ausführbar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make it executable (chmod +x %1).</source>
        <translation>Machen Sie es ausführbar (chmod +x %1).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No Project API server found in '%1'.</source>
        <translation>Kein Project-API-Server in „%1“ gefunden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A template or generated project contains microtvm_api_server.py or launch_microtvm_api_server.sh.</source>
        <translation>Eine Vorlage oder ein generiertes Projekt enthält microtvm_api_server.py oder launch_microtvm_api_server.sh.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/serverprocess.cpp" line="+119" />
        <source>This server process object has already been started.</source>
        <translation>Dieses Serverprozess-Objekt wurde bereits gestartet.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+8" />
        <location line="+20" />
        <source>Could not create a pipe: %1</source>
        <translation>Eine Pipe konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Templates</name>
    <message>
        <source>null</source>
        <translation type="vanished">null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="vanished">ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../src/core/templates/boardinfo.cpp" line="+91" />
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="vanished">eine Dezimalzahl</translation>
    </message>
    <message>
        <location line="-35" />
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+305" />
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="-229" />
        <location line="+131" />
        <location line="+103" />
        <location line="+12" />
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="vanished">ein unbekannter Wert</translation>
    </message>
    <message>
        <location line="-335" />
        <source>Fix the template's boards.json, or tell the template's author.</source>
        <translation>Korrigieren Sie die boards.json der Vorlage, oder informieren Sie den Autor der Vorlage.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Expected %1 but found %2.</source>
        <translation>%1 erwartet, aber %2 gefunden.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The number is too large.</source>
        <translation>Die Zahl ist zu groß.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Expected a number (decimal or 0x hexadecimal) but found "%1".</source>
        <translation>Eine Zahl (dezimal oder 0x-hexadezimal) erwartet, aber „%1“ gefunden.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The value %1 is out of range (%2 to %3).</source>
        <translation>Der Wert %1 liegt außerhalb des Bereichs (%2 bis %3).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Expected a 4-digit hexadecimal USB id but found "%1".</source>
        <translation>Eine vierstellige hexadezimale USB-ID erwartet, aber „%1“ gefunden.</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+21" />
        <location line="+210" />
        <location line="+17" />
        <source>The field is missing.</source>
        <translation>Das Feld fehlt.</translation>
    </message>
    <message>
        <location line="-237" />
        <source>Expected "flash" or "ram" but found "%1".</source>
        <translation>„flash“ oder „ram“ erwartet, aber „%1“ gefunden.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>an object or an array</source>
        <translation>ein Objekt oder ein Array</translation>
    </message>
    <message>
        <location line="+44" />
        <location line="+2" />
        <source>The field is missing while %1 is set.</source>
        <translation>Das Feld fehlt, obwohl %1 gesetzt ist.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A board name is empty.</source>
        <translation>Ein Boardname ist leer.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>true, false, null or the FPU's name</source>
        <translation>true, false, null oder der Name der FPU</translation>
    </message>
    <message>
        <location line="+84" />
        <location line="+4" />
        <source>an object of boards</source>
        <translation>ein Objekt mit Boards</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The file lists no board.</source>
        <translation>Die Datei nennt kein Board.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>The file is too large (%1 bytes, at most %2).</source>
        <translation>Die Datei ist zu groß (%1 Bytes, höchstens %2).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1).</source>
        <translation type="vanished">Die Datei ist kein gültiges JSON (bei Byte %1).</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation type="vanished">Die Datei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The file nests deeper than %1 levels.</source>
        <translation type="vanished">Die Datei ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Cannot read the board list.</source>
        <translation>Die Boardliste kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the file exists and is readable.</source>
        <translation>Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <location filename="../src/core/templates/fitcheck.cpp" line="+39" />
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>constants</source>
        <translation>Konstanten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>workspace</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I/O</source>
        <translation>E/A</translation>
    </message>
    <message>
        <location line="+2" />
        <source>runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Flash: needs %1; the board does not declare its flash size.</source>
        <translation>Flash: braucht %1; das Board gibt seine Flash-Größe nicht an.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>RAM: needs %1; the board does not declare its RAM size.</source>
        <translation>RAM: braucht %1; das Board gibt seine RAM-Größe nicht an.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Flash: %1 of %2 (%3 %), %4 free.</source>
        <translation>Flash: %1 von %2 (%3 %), %4 frei.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>RAM: %1 of %2 (%3 %), %4 free.</source>
        <translation>RAM: %1 von %2 (%3 %), %4 frei.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 %2</source>
        <comment>part name, size</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Flash overflows by %1: %2 &gt; %3</source>
        <translation>Flash läuft über um %1: %2 &gt; %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RAM overflows by %1: %2 &gt; %3</source>
        <translation>RAM läuft über um %1: %2 &gt; %3</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The archive states no workspace size: taken as 0.</source>
        <translation>Das Archiv nennt keine Arbeitsspeichergröße: als 0 angenommen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The archive states no constants size: taken from the parameters file.</source>
        <translation>Das Archiv nennt keine Größe der Konstanten: aus der Parameterdatei genommen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The archive states no I/O size: taken from the input and output sizes.</source>
        <translation>Das Archiv nennt keine E/A-Größe: aus den Größen der Ein- und Ausgaben genommen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Code size is estimated from the generated C sources (1 byte per %n source bytes).</source>
        <translation>
            <numerusform>Die Codegröße ist aus den generierten C-Quellen geschätzt (1 Byte pro %n Quellbyte).</numerusform>
            <numerusform>Die Codegröße ist aus den generierten C-Quellen geschätzt (1 Byte pro %n Quellbytes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>Runtime: %1 of flash and %2 of RAM, as the template states for this board.</source>
        <translation>Laufzeitumgebung: %1 Flash und %2 RAM, wie die Vorlage für dieses Board angibt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Runtime: %1 of flash and %2 of RAM is a guess; the template does not state what its runtime needs.</source>
        <translation>Laufzeitumgebung: %1 Flash und %2 RAM sind geschätzt; die Vorlage gibt nicht an, was ihre Laufzeitumgebung braucht.</translation>
    </message>
    <message>
        <source>Install the Python module "%1" for the interpreter that runs the template (TINYDEPLOY_PYTHON, else python3), for example with apt-get install python3-%1.</source>
        <translation type="vanished">Installieren Sie das Python-Modul „%1“ für den Interpreter, der die Vorlage ausführt (TINYDEPLOY_PYTHON, sonst python3), zum Beispiel mit apt-get install python3-%1.</translation>
    </message>
    <message>
        <location filename="../src/core/templates/serverfailure.cpp" line="+40" />
        <source>Install the Python module "%1" for the interpreter that runs the template (TINYDEPLOY_PYTHON, else python3), for example with apt-get install %2.</source>
        <translation>Installieren Sie das Python-Modul „%1“ für den Interpreter, der die Vorlage ausführt (TINYDEPLOY_PYTHON, sonst python3), zum Beispiel mit apt-get install %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The template's server does not run with this Python version.</source>
        <translation>Der Server der Vorlage läuft nicht mit dieser Python-Version.</translation>
    </message>
    <message>
        <location filename="../src/core/templates/templatecache.cpp" line="+134" />
        <source>Cannot create the cache folder.</source>
        <translation>Der Cache-Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>Check the permissions of the folder.</source>
        <translation>Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+11" />
        <source>Cannot write the template cache.</source>
        <translation>Der Vorlagen-Cache kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and permissions.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../src/core/templates/templatecatalog.cpp" line="+183" />
        <source>The template reports an incomplete environment.</source>
        <translation>Die Vorlage meldet eine unvollständige Umgebung.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>This folder was added but not confirmed yet.</source>
        <translation>Dieser Ordner wurde hinzugefügt, aber noch nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirm the folder to let TinyDeploy run its template server.</source>
        <translation>Bestätigen Sie den Ordner, damit TinyDeploy den Server der Vorlage ausführen darf.</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+71" />
        <source>The query was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The template's server did not answer within %n s.</source>
        <translation>
            <numerusform>Der Server der Vorlage hat nicht innerhalb von %n s geantwortet.</numerusform>
            <numerusform>Der Server der Vorlage hat nicht innerhalb von %n s geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run "tinydeploy-cli options %1" to see its log.</source>
        <translation>Führen Sie „tinydeploy-cli options %1“ aus, um sein Protokoll zu sehen.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The folder is a generated project, not a template.</source>
        <translation>Der Ordner ist ein generiertes Projekt, keine Vorlage.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove it from the template folders; use it with "tinydeploy-cli build" instead.</source>
        <translation>Entfernen Sie ihn aus den Vorlagenordnern; verwenden Sie ihn stattdessen mit „tinydeploy-cli build“.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Tensor</name>
    <message>
        <location filename="../src/core/tensor/dtype.cpp" line="+31" />
        <source>The data type "%1" is not supported.</source>
        <translation>Der Datentyp „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use one of float16, float32, float64, bfloat16, int8, int16, int32, int64, uint8, uint16, uint32, uint64 or bool.</source>
        <translation>Verwenden Sie float16, float32, float64, bfloat16, int8, int16, int32, int64, uint8, uint16, uint32, uint64 oder bool.</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/tensor.cpp" line="+103" />
        <source>Dimension %1 of the shape %2 is negative.</source>
        <translation>Dimension %1 der Form %2 ist negativ.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+26" />
        <location line="+34" />
        <source>The shape %1 has too many elements.</source>
        <translation>Die Form %1 hat zu viele Elemente.</translation>
    </message>
    <message>
        <location line="-41" />
        <source>The tensor has no data type.</source>
        <translation>Der Tensor hat keinen Datentyp.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A %1 tensor of shape %2 needs %3 bytes, but %4 bytes were given.</source>
        <translation>Ein %1-Tensor der Form %2 braucht %3 Bytes, aber %4 Bytes wurden übergeben.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Values cannot be converted to %1.</source>
        <translation>Werte können nicht in %1 umgewandelt werden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The shape %1 holds %2 values, but %3 values were given.</source>
        <translation>Die Form %1 fasst %2 Werte, aber %3 Werte wurden übergeben.</translation>
    </message>
    <message>
        <location line="+134" />
        <source>A tensor of shape %1 cannot be reshaped to %2: the element counts differ (%3 and %4).</source>
        <translation>Ein Tensor der Form %1 kann nicht in %2 umgeformt werden: Die Elementzahlen unterscheiden sich (%3 und %4).</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npyheader.cpp" line="+13" />
        <source>Save the array again with numpy.save() from NumPy.</source>
        <translation>Speichern Sie das Array erneut mit numpy.save() von NumPy.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The header is a %1, not a dictionary.</source>
        <translation>Der Header ist ein %1, kein Dictionary.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unexpected text after the header dictionary at offset %1.</source>
        <translation>Unerwarteter Text nach dem Header-Dictionary bei Position %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The header ends in the middle of its dictionary.</source>
        <translation>Der Header endet mitten in seinem Dictionary.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unexpected character '%1' at offset %2 of the header.</source>
        <translation>Unerwartetes Zeichen „%1“ bei Position %2 des Headers.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The header is nested too deeply.</source>
        <translation>Der Header ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Escape sequences in header strings are not supported.</source>
        <translation>Escape-Sequenzen in Header-Zeichenketten werden nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A string in the header is not terminated.</source>
        <translation>Eine Zeichenkette im Header ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" in the header is not an integer that fits 64 bits.</source>
        <translation>„%1“ im Header ist keine Ganzzahl, die in 64 Bit passt.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Unknown word "%1" in the header.</source>
        <translation>Unbekanntes Wort „%1“ im Header.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>A header key is not a string.</source>
        <translation>Ein Header-Schlüssel ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The header has the key '%1' twice.</source>
        <translation>Der Header hat den Schlüssel „%1“ zweimal.</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npy.cpp" line="+40" />
        <source>The array's data type '%1' is not supported: %2</source>
        <translation>Der Datentyp „%1“ des Arrays wird nicht unterstützt: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Convert the array to a supported type first, for example a.astype(np.float32) or a.astype(np.int8), and save it again.</source>
        <translation>Wandeln Sie das Array zuerst in einen unterstützten Typ um, zum Beispiel a.astype(np.float32) oder a.astype(np.int8), und speichern Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is not a NumPy type string.</source>
        <translation>es ist keine NumPy-Typangabe.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it does not start with a byte order (&lt;, &gt;, | or =).</source>
        <translation>es beginnt nicht mit einer Bytereihenfolge (&lt;, &gt;, | oder =).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The array holds Python objects ('%1'); only numeric arrays can be read.</source>
        <translation>Das Array enthält Python-Objekte („%1“); nur numerische Arrays können gelesen werden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Object arrays are Python pickles: convert the data to a numeric array (for example np.asarray(a, dtype=np.float32)) and save it again.</source>
        <translation>Objekt-Arrays sind Python-Pickles: Wandeln Sie die Daten in ein numerisches Array um (zum Beispiel np.asarray(a, dtype=np.float32)) und speichern Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the item size is missing.</source>
        <translation>die Elementgröße fehlt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>only 2-, 4- and 8-byte floats are supported.</source>
        <translation>nur Gleitkommazahlen mit 2, 4 und 8 Bytes werden unterstützt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>only 1-, 2-, 4- and 8-byte integers are supported.</source>
        <translation>nur Ganzzahlen mit 1, 2, 4 und 8 Bytes werden unterstützt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>booleans are one byte.</source>
        <translation>Wahrheitswerte sind ein Byte groß.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>complex numbers are not supported.</source>
        <translation>komplexe Zahlen werden nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>strings are not supported.</source>
        <translation>Zeichenketten werden nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>structured or void arrays are not supported.</source>
        <translation>strukturierte oder void-Arrays werden nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dates and time deltas are not supported.</source>
        <translation>Datums- und Zeitdifferenzwerte werden nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the kind '%1' is unknown.</source>
        <translation>die Art „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>.npy data</source>
        <translation>.npy-Daten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: header field '%2'</source>
        <translation>%1: Header-Feld „%2“</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file is empty; a .npy file was expected.</source>
        <translation>Die Datei ist leer; eine .npy-Datei wurde erwartet.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>The file ends inside the .npy signature (%n bytes).</source>
        <translation>
            <numerusform>Die Datei endet innerhalb der .npy-Signatur (%n Byte).</numerusform>
            <numerusform>Die Datei endet innerhalb der .npy-Signatur (%n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>This is a zip archive (.npz), not a single .npy array.</source>
        <translation>Dies ist ein Zip-Archiv (.npz), kein einzelnes .npy-Array.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a NumPy .npy file: the signature "\x93NUMPY" is missing.</source>
        <translation>Dies ist keine NumPy-.npy-Datei: Die Signatur „\x93NUMPY“ fehlt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open it as an .npz file.</source>
        <translation>Öffnen Sie sie als .npz-Datei.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/core/tensor/npz.cpp" line="+54" />
        <source>First bytes: %1</source>
        <translation>Erste Bytes: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file ends before the format version.</source>
        <translation>Die Datei endet vor der Formatversion.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The .npy format version %1.%2 is not supported (1.0, 2.0 and 3.0 are).</source>
        <translation>Die .npy-Formatversion %1.%2 wird nicht unterstützt (1.0, 2.0 und 3.0 schon).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The file ends before the header length.</source>
        <translation>Die Datei endet vor der Header-Länge.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The header is %1 bytes long; at most %2 bytes are accepted.</source>
        <translation>Der Header ist %1 Bytes lang; höchstens %2 Bytes sind zulässig.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file is truncated: the header should be %1 bytes, but only %2 bytes follow.</source>
        <translation>Die Datei ist abgeschnitten: Der Header sollte %1 Bytes lang sein, aber nur %2 Bytes folgen.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The header is not valid UTF-8.</source>
        <translation>Der Header ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The header contains the invalid character U+%1 at offset %2.</source>
        <translation>Der Header enthält das ungültige Zeichen U+%1 bei Position %2.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The header has the unknown key '%1'.</source>
        <translation>Der Header hat den unbekannten Schlüssel „%1“.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The header has no '%1' field.</source>
        <translation>Der Header hat kein Feld „%1“.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The field holds a value of type %1; %2 was expected.</source>
        <translation>Das Feld enthält einen Wert vom Typ %1; erwartet wurde %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The array is a structured array (record fields); only plain numeric arrays are supported.</source>
        <translation>Das Array ist ein strukturiertes Array (Datensatzfelder); nur einfache numerische Arrays werden unterstützt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save each field as its own array.</source>
        <translation>Speichern Sie jedes Feld als eigenes Array.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The array is big-endian ('%1'); only little-endian data is supported.</source>
        <translation>Das Array ist Big-Endian („%1“); nur Little-Endian-Daten werden unterstützt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Convert it with a.astype(a.dtype.newbyteorder('&lt;')) and save it again.</source>
        <translation>Wandeln Sie es mit a.astype(a.dtype.newbyteorder('&lt;')) um und speichern Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Dimension %1 of the shape is not a non-negative integer.</source>
        <translation>Dimension %1 der Form ist keine nichtnegative Ganzzahl.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The array of shape %1 is larger than the %2 bytes accepted.</source>
        <translation>Das Array der Form %1 ist größer als die zulässigen %2 Bytes.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file is truncated: a %1 array of shape %2 needs %3 bytes of data, but only %4 bytes follow the header.</source>
        <translation>Die Datei ist abgeschnitten: Ein %1-Array der Form %2 braucht %3 Datenbytes, aber nur %4 Bytes folgen dem Header.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file has %1 bytes of unexpected data after the array (a %2 array of shape %3 is %4 bytes).</source>
        <translation>Die Datei hat %1 Bytes unerwarteter Daten nach dem Array (ein %2-Array der Form %3 ist %4 Bytes groß).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The file may hold more than one array or be damaged; save a single array with numpy.save().</source>
        <translation>Die Datei enthält eventuell mehr als ein Array oder ist beschädigt; speichern Sie ein einzelnes Array mit numpy.save().</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/tensorfile.cpp" line="+14" />
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The file is %1 bytes; at most %2 bytes are accepted.</source>
        <translation>Die Datei ist %1 Bytes groß; höchstens %2 Bytes sind zulässig.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npy.cpp" line="+29" />
        <location line="+16" />
        <source>NumPy has no type for %1.</source>
        <translation>NumPy hat keinen Typ für %1.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>The file cannot be created: %1</source>
        <translation>Die Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the folder exists and is writable.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file cannot be written: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npz.cpp" line="-18" />
        <source>.npz data</source>
        <translation>.npz-Daten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the arrays again with numpy.savez().</source>
        <translation>Speichern Sie die Arrays erneut mit numpy.savez().</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file is empty; an .npz file was expected.</source>
        <translation>Die Datei ist leer; eine .npz-Datei wurde erwartet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is a single .npy array, not an .npz archive.</source>
        <translation>Dies ist ein einzelnes .npy-Array, kein .npz-Archiv.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open it as an .npy file.</source>
        <translation>Öffnen Sie sie als .npy-Datei.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is not an .npz file: it is not a zip archive.</source>
        <translation>Dies ist keine .npz-Datei: Es ist kein Zip-Archiv.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>libarchive could not allocate a reader.</source>
        <translation>libarchive konnte keinen Leser anlegen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The zip archive cannot be opened.</source>
        <translation>Das Zip-Archiv kann nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>The zip archive is damaged after %n member(s).</source>
        <translation>
            <numerusform>Das Zip-Archiv ist nach %n Eintrag beschädigt.</numerusform>
            <numerusform>Das Zip-Archiv ist nach %n Einträgen beschädigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The archive has more than %1 members.</source>
        <translation>Das Archiv hat mehr als %1 Einträge.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The archive holds the array twice.</source>
        <translation>Das Archiv enthält das Array zweimal.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The member cannot be decompressed.</source>
        <translation>Der Eintrag kann nicht entpackt werden.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The member is larger than the %1 bytes accepted.</source>
        <translation>Der Eintrag ist größer als die zulässigen %1 Bytes.</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/rawtensor.cpp" line="+17" />
        <source>The input is %1 bytes, but a %2 tensor of shape %3 is %4 bytes.</source>
        <translation>Die Eingabe ist %1 Bytes groß, aber ein %2-Tensor der Form %3 ist %4 Bytes groß.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A raw input holds exactly the tensor's bytes, little-endian, in C order, without a header. Check the model's input dtype and shape.</source>
        <translation>Eine Roheingabe enthält genau die Bytes des Tensors, Little-Endian, in C-Reihenfolge, ohne Header. Prüfen Sie Datentyp und Form der Modelleingabe.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>raw input</source>
        <translation>Roheingabe</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/metrics.cpp" line="+27" />
        <source>The %1 tensor's values cannot be read (data type "%2").</source>
        <translation>Die Werte des %1-Tensors können nicht gelesen werden (Datentyp „%2“).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>actual</source>
        <translation>tatsächlich</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The output is %1, but the expected output is %2.</source>
        <translation>Die Ausgabe ist %1, aber die erwartete Ausgabe ist %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare against expected outputs of the same model variant.</source>
        <translation>Vergleichen Sie mit erwarteten Ausgaben derselben Modellvariante.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The output has the shape %1, but the expected output has %2.</source>
        <translation>Die Ausgabe hat die Form %1, aber die erwartete Ausgabe hat %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare against expected outputs of the same model.</source>
        <translation>Vergleichen Sie mit erwarteten Ausgaben desselben Modells.</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+19" />
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="-15" />
        <source>The tensor is empty; it has no largest value.</source>
        <translation>Der Tensor ist leer; er hat keinen größten Wert.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>k must not be negative (it is %1).</source>
        <translation>k darf nicht negativ sein (es ist %1).</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/quantization.cpp" line="+17" />
        <source>The quantization scale %1 is not a positive number.</source>
        <translation>Der Quantisierungsfaktor %1 ist keine positive Zahl.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the scale in the model's quantization parameters.</source>
        <translation>Prüfen Sie den Faktor in den Quantisierungsparametern des Modells.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Only integer tensors can be dequantized; this one is %1.</source>
        <translation>Nur Ganzzahl-Tensoren können dequantisiert werden; dieser ist %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Values can only be quantized to an integer type, not to %1.</source>
        <translation>Werte können nur in einen Ganzzahltyp quantisiert werden, nicht in %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only float tensors can be quantized; this one is %1.</source>
        <translation>Nur Gleitkomma-Tensoren können quantisiert werden; dieser ist %1.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Util</name>
    <message>
        <location filename="../src/core/util/python.cpp" line="+32" />
        <source>TINYDEPLOY_PYTHON is set to '%1', which is not an executable.</source>
        <translation>TINYDEPLOY_PYTHON ist auf „%1“ gesetzt, das nicht ausführbar ist.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set TINYDEPLOY_PYTHON to a Python 3 interpreter, or unset it to use python3 from PATH.</source>
        <translation>Setzen Sie TINYDEPLOY_PYTHON auf einen Python-3-Interpreter, oder entfernen Sie die Variable, um python3 aus dem PATH zu verwenden.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No python3 was found on PATH to run the template's server.</source>
        <translation>Im PATH wurde kein python3 gefunden, um den Server der Vorlage auszuführen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install Python 3, or set TINYDEPLOY_PYTHON to an interpreter.</source>
        <translation>Installieren Sie Python 3, oder setzen Sie TINYDEPLOY_PYTHON auf einen Interpreter.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Validate</name>
    <message>
        <location filename="../src/core/validate/dataset.cpp" line="+34" />
        <source>A data set is a folder with inputs/ (and expected/ or labels.csv), a folder with labels.csv, one folder per class, or an .npz file with "inputs".</source>
        <translation>Ein Datensatz ist ein Ordner mit inputs/ (und expected/ oder labels.csv), ein Ordner mit labels.csv, ein Ordner pro Klasse oder eine .npz-Datei mit „inputs“.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the model's input "%1" is %2</source>
        <translation>der Modelleingang „%1“ ist %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the model's output "%1" is %2</source>
        <translation>der Modellausgang „%1“ ist %2</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+10" />
        <source>The file holds %1; %2.</source>
        <translation>Die Datei enthält %1; %2.</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Give inputs of the model's type (an int8 model needs quantized inputs: use the data set of that variant).</source>
        <translation>Geben Sie Eingaben vom Typ des Modells an (ein int8-Modell braucht quantisierte Eingaben: nehmen Sie den Datensatz dieser Variante).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give expected outputs of the model's type, as this model variant produces them.</source>
        <translation>Geben Sie erwartete Ausgaben vom Typ des Modells an, wie diese Modellvariante sie liefert.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give one sample per file, of the model's shape.</source>
        <translation>Geben Sie eine Probe pro Datei an, in der Form des Modells.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The label "%1" of %2 is neither a class index nor one of the model's labels.</source>
        <translation>Das Label „%1“ von %2 ist weder ein Klassenindex noch eines der Labels des Modells.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the class index (0, 1, ...).</source>
        <translation>Geben Sie den Klassenindex an (0, 1, ...).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use an index from 0 to %1 or one of: %2.</source>
        <translation>Verwenden Sie einen Index von 0 bis %1 oder eines von: %2.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The data set does not exist.</source>
        <translation>Der Datensatz existiert nicht.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This file is not a data set.</source>
        <translation>Diese Datei ist kein Datensatz.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The data set folder is empty.</source>
        <translation>Der Datensatz-Ordner ist leer.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The folder has no inputs/ folder, no labels.csv and no class folders.</source>
        <translation>Der Ordner hat keinen Ordner inputs/, keine labels.csv und keine Klassenordner.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The folder holds no input files (.npy).</source>
        <translation>Der Ordner enthält keine Eingabedateien (.npy).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put one .npy file per sample in inputs/.</source>
        <translation>Legen Sie eine .npy-Datei pro Probe in inputs/ ab.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The expected output of %1 is missing.</source>
        <translation>Die erwartete Ausgabe von %1 fehlt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give an expected/ file for every input, or remove the expected/ folder and validate against labels.</source>
        <translation>Geben Sie für jede Eingabe eine Datei in expected/ an, oder entfernen Sie den Ordner expected/ und validieren Sie gegen die Labels.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The labels file names %1, which inputs/ does not hold.</source>
        <translation>Die Label-Datei nennt %1, das inputs/ nicht enthält.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add the file or remove its line.</source>
        <translation>Fügen Sie die Datei hinzu oder entfernen Sie ihre Zeile.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The labels file has no label for %1.</source>
        <translation>Die Label-Datei hat kein Label für %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a line "inputs/%1,LABEL", or remove labels.csv.</source>
        <translation>Fügen Sie eine Zeile „inputs/%1,LABEL“ hinzu, oder entfernen Sie labels.csv.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The labels file lists no samples.</source>
        <translation>Die Label-Datei führt keine Proben auf.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add one line per sample: file,label</source>
        <translation>Fügen Sie eine Zeile pro Probe hinzu: file,label</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The labels file names %1, which does not exist.</source>
        <translation>Die Label-Datei nennt %1, das nicht existiert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paths are relative to the folder of the labels file.</source>
        <translation>Pfade sind relativ zum Ordner der Label-Datei.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The class folder "%1" is not one of the model's labels.</source>
        <translation>Der Klassenordner „%1“ ist keines der Labels des Modells.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name each folder after a class: %1.</source>
        <translation>Benennen Sie jeden Ordner nach einer Klasse: %1.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The class folders hold no images or .npy files.</source>
        <translation>Die Klassenordner enthalten keine Bilder und keine .npy-Dateien.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the images of each class in a folder named after the class.</source>
        <translation>Legen Sie die Bilder jeder Klasse in einen Ordner, der nach der Klasse benannt ist.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The file has no array "inputs" (it has: %1).</source>
        <translation>Die Datei hat kein Array „inputs“ (sie hat: %1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the inputs as numpy.savez(FILE, inputs=..., expected=..., labels=...), samples along the first axis.</source>
        <translation>Speichern Sie die Eingaben mit numpy.savez(FILE, inputs=..., expected=..., labels=...), die Proben entlang der ersten Achse.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The array "inputs" (%1) has no sample axis or no samples.</source>
        <translation>Das Array „inputs“ (%1) hat keine Probenachse oder keine Proben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put the samples along the first axis: [samples, ...input shape].</source>
        <translation>Legen Sie die Proben entlang der ersten Achse ab: [Proben, ...Eingabeform].</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The array "%1" (%2) does not have one entry per sample of "inputs" (%3).</source>
        <translation>Das Array „%1“ (%2) hat nicht einen Eintrag pro Probe von „inputs“ (%3).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give every array the same first dimension.</source>
        <translation>Geben Sie allen Arrays dieselbe erste Dimension.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The array "labels" holds %1; labels are class indexes.</source>
        <translation>Das Array „labels“ enthält %1; Labels sind Klassenindizes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the labels as integers.</source>
        <translation>Speichern Sie die Labels als Ganzzahlen.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>This tool reads PGM and PPM images only.</source>
        <translation>Dieses Werkzeug liest nur PGM- und PPM-Bilder.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Convert the images to PGM or .npy, or validate in the TinyDeploy app, which reads PNG, JPEG and BMP.</source>
        <translation>Wandeln Sie die Bilder in PGM oder .npy um, oder validieren Sie in der TinyDeploy-App, die PNG, JPEG und BMP liest.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Validation needs a model with one input; this one has %1.</source>
        <translation>Die Validierung braucht ein Modell mit einem Eingang; dieses hat %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the model's inputs with tinydeploy-cli run --input instead.</source>
        <translation>Führen Sie die Eingaben des Modells stattdessen mit tinydeploy-cli run --input aus.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Expected outputs need a model with one output; this one has %1.</source>
        <translation>Erwartete Ausgaben brauchen ein Modell mit einem Ausgang; dieses hat %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Validate against labels or the host instead.</source>
        <translation>Validieren Sie stattdessen gegen die Labels oder den Host.</translation>
    </message>
    <message>
        <location filename="../src/core/validate/datasetformats.cpp" line="+44" />
        <source>A quoted field is not closed.</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close the field with a double quote ("), or remove the quote.</source>
        <translation>Schließen Sie das Feld mit einem doppelten Anführungszeichen ("), oder entfernen Sie das Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The first line of the labels file must name the columns "file" and "label".</source>
        <translation>Die erste Zeile der Label-Datei muss die Spalten „file“ und „label“ nennen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start the file with the line: file,label</source>
        <translation>Beginnen Sie die Datei mit der Zeile: file,label</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The line has %1 field(s); the file and the label need %2.</source>
        <translation>Die Zeile hat %1 Feld(er); Datei und Label brauchen %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+7" />
        <source>Write each sample as: file,label</source>
        <translation>Schreiben Sie jede Probe als: file,label</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The line names no file.</source>
        <translation>Die Zeile nennt keine Datei.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The sample %1 has no label.</source>
        <translation>Die Probe %1 hat kein Label.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give its class (an index or a name of the model's labels), or remove the line.</source>
        <translation>Geben Sie ihre Klasse an (einen Index oder einen Namen aus den Labels des Modells), oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The labels file is empty.</source>
        <translation>Die Label-Datei ist leer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write a file,label header and one line per sample.</source>
        <translation>Schreiben Sie eine Kopfzeile file,label und eine Zeile pro Probe.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The image is not a binary PGM or PPM file: %1.</source>
        <translation>Das Bild ist keine binäre PGM- oder PPM-Datei: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save it as an 8-bit PGM (P5) or PPM (P6), or give an .npy file.</source>
        <translation>Speichern Sie es als 8-Bit-PGM (P5) oder -PPM (P6), oder geben Sie eine .npy-Datei an.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no P5 or P6 signature</source>
        <translation>keine P5- oder P6-Signatur</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the header is incomplete</source>
        <translation>der Kopf ist unvollständig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no pixels</source>
        <translation>keine Pixel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the size %1 x %2 is out of range</source>
        <translation>die Größe %1 x %2 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only 8-bit samples are read (maximum value %1)</source>
        <translation>nur 8-Bit-Werte werden gelesen (Höchstwert %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the pixels are truncated</source>
        <translation>die Pixel sind abgeschnitten</translation>
    </message>
    <message>
        <location filename="../src/core/validate/validation.cpp" line="+102" />
        <source>The validation is already running.</source>
        <translation>Die Validierung läuft bereits.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No device is connected for the validation.</source>
        <translation>Für die Validierung ist kein Gerät verbunden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the board first.</source>
        <translation>Verbinden Sie sich zuerst mit dem Board.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record folder of the validation cannot be created.</source>
        <translation>Der Ordner für die Aufzeichnung der Validierung kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the disk is writable.</source>
        <translation>Prüfen Sie, ob der Datenträger beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The data set has no samples.</source>
        <translation>Der Datensatz hat keine Proben.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a data set folder.</source>
        <translation>Wählen Sie einen Datensatz-Ordner.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The data set has no expected outputs to compare with.</source>
        <translation>Der Datensatz hat keine erwarteten Ausgaben zum Vergleich.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Validate against its labels, or against the host.</source>
        <translation>Validieren Sie gegen seine Labels oder gegen den Host.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add expected/ outputs or labels, or validate against the host.</source>
        <translation>Fügen Sie erwartete Ausgaben (expected/) oder Labels hinzu, oder validieren Sie gegen den Host.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The data set has no labels.</source>
        <translation>Der Datensatz hat keine Labels.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a labels.csv (file,label), or validate against the host.</source>
        <translation>Fügen Sie eine labels.csv (file,label) hinzu, oder validieren Sie gegen den Host.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The host reference is not running.</source>
        <translation>Die Host-Referenz läuft nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build and start the host project of the model first.</source>
        <translation>Bauen und starten Sie zuerst das Host-Projekt des Modells.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The host reference runs another model (%1) than the board (%2): their inputs or outputs differ.</source>
        <translation>Die Host-Referenz führt ein anderes Modell (%1) aus als das Board (%2): ihre Ein- oder Ausgänge unterscheiden sich.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Build the host reference from the board's model archive.</source>
        <translation>Bauen Sie die Host-Referenz aus dem Modellarchiv des Boards.</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+283" />
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-154" />
        <source>The device went away during the validation.</source>
        <translation>Das Gerät ist während der Validierung verschwunden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect again and validate again.</source>
        <translation>Verbinden Sie sich erneut und validieren Sie erneut.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Sample %1 on the host reference</source>
        <translation>Probe %1 auf der Host-Referenz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample %1 on the board</source>
        <translation>Probe %1 auf dem Board</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+27" />
        <source>Deploys TVM Model Library Format models to microcontrollers.</source>
        <translation>Bringt TVM-Modelle im Model Library Format auf Mikrocontroller.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Model archive to open.</source>
        <translation>Zu öffnendes Modellarchiv.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open one full-screen kiosk for a class: the kiosk configuration (.tdkiosk) or deployment package (.tdpkg) FILE, one Deploy button, nothing to change. Ctrl+Q quits.</source>
        <translation>Öffnet einen Vollbild-Kiosk für eine Klasse: die Kiosk-Konfiguration (.tdkiosk) oder das Deployment-Paket (.tdpkg) FILE, eine Schaltfläche „Bereitstellen“, nichts zu ändern. Ctrl+Q beendet.</translation>
    </message>
</context>
</TS>
