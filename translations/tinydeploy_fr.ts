<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BuildPage</name>
    <message>
        <location filename="../ui/buildpage.ui" />
        <source>Step 4: build</source>
        <translation>Étape 4 : compiler</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;4. Build the firmware&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;4. Compiler le firmware&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>TinyDeploy asks the template to generate a project from the model, then builds it. The log shows what the compiler says.</source>
        <translation>TinyDeploy demande au modèle de projet de générer un projet à partir du modèle, puis le compile. Le journal affiche les messages du compilateur.</translation>
    </message>
    <message>
        <location />
        <source>Step status</source>
        <translation>État de l'étape</translation>
    </message>
    <message>
        <location />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location />
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location />
        <source>Cancel the step</source>
        <translation>Annuler l'étape</translation>
    </message>
    <message>
        <location />
        <source>&amp;Retry</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location />
        <source>Retry the failed step</source>
        <translation>Réessayer l'étape en échec</translation>
    </message>
</context>
<context>
    <name>FlashPage</name>
    <message>
        <location filename="../ui/flashpage.ui" />
        <source>Step 5: flash</source>
        <translation>Étape 5 : flasher</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;5. Flash the device&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;5. Flasher l'appareil&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>The firmware is written to the board (or an emulated board is started). The port the device answers on is shown below.</source>
        <translation>Le firmware est écrit sur la carte (ou une carte émulée est démarrée). Le port sur lequel l'appareil répond est indiqué ci-dessous.</translation>
    </message>
    <message>
        <location />
        <source>Step status</source>
        <translation>État de l'étape</translation>
    </message>
    <message>
        <location />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location />
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location />
        <source>Cancel the step</source>
        <translation>Annuler l'étape</translation>
    </message>
    <message>
        <location />
        <source>&amp;Retry</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location />
        <source>Retry the failed step</source>
        <translation>Réessayer l'étape en échec</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../ui/modelpage.ui" />
        <source>Step 1: model</source>
        <translation>Étape 1 : modèle</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;1. Choose the model&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;1. Choisir le modèle&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>Open a TVM Model Library Format archive (.tar, .tar.gz, .tar.xz) or an extracted archive folder, drop one on this window, or try the bundled sample: a small classifier of 8x8 handwritten digits.</source>
        <translation>Ouvrez une archive TVM au Model Library Format (.tar, .tar.gz, .tar.xz) ou un dossier d'archive extrait, déposez-en une sur cette fenêtre, ou essayez l'exemple fourni : un petit classifieur de chiffres manuscrits de 8x8 pixels.</translation>
    </message>
    <message>
        <location />
        <source>&amp;Open Model Archive…</source>
        <translation>&amp;Ouvrir une archive de modèle…</translation>
    </message>
    <message>
        <location />
        <source>Open model archive</source>
        <translation>Ouvrir une archive de modèle</translation>
    </message>
    <message>
        <location />
        <source>&amp;Try the Sample Model</source>
        <translation>Essayer le modèle d'e&amp;xemple</translation>
    </message>
    <message>
        <location />
        <source>Try the sample model</source>
        <translation>Essayer le modèle d'exemple</translation>
    </message>
    <message>
        <location />
        <source>Opens the bundled digits classifier (float32)</source>
        <translation>Ouvre le classifieur de chiffres fourni (float32)</translation>
    </message>
    <message>
        <location />
        <source>Recent models</source>
        <translation>Modèles récents</translation>
    </message>
    <message>
        <location />
        <source>Warnings about the chosen board</source>
        <translation>Avertissements sur la carte choisie</translation>
    </message>
    <message>
        <location />
        <source>No model open yet.</source>
        <translation>Aucun modèle ouvert pour l'instant.</translation>
    </message>
    <message>
        <location />
        <source>Reading the archive</source>
        <translation>Lecture de l'archive</translation>
    </message>
    <message>
        <location />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location />
        <source>Cancel reading the archive</source>
        <translation>Annuler la lecture de l'archive</translation>
    </message>
</context>
<context>
    <name>ModelSummaryWidget</name>
    <message>
        <location filename="../ui/modelsummarywidget.ui" />
        <source>Model summary</source>
        <translation>Résumé du modèle</translation>
    </message>
    <message>
        <location />
        <source>Model name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location />
        <source>Archive path and format</source>
        <translation>Chemin et format de l'archive</translation>
    </message>
    <message>
        <location />
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location />
        <source>TVM version:</source>
        <translation>Version de TVM :</translation>
    </message>
    <message>
        <location />
        <source>Executor:</source>
        <translation>Exécuteur :</translation>
    </message>
    <message>
        <location />
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <location />
        <source>Entry point:</source>
        <translation>Point d'entrée :</translation>
    </message>
    <message>
        <location />
        <source>Runtime:</source>
        <translation>Runtime :</translation>
    </message>
    <message>
        <location />
        <source>Memory:</source>
        <translation>Mémoire :</translation>
    </message>
    <message>
        <location />
        <source>Exported:</source>
        <translation>Exporté :</translation>
    </message>
    <message>
        <location />
        <source>Inputs and outputs:</source>
        <translation>Entrées et sorties :</translation>
    </message>
    <message>
        <location />
        <source>Inputs and outputs</source>
        <translation>Entrées et sorties</translation>
    </message>
    <message>
        <location />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location />
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location />
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../ui/optionspage.ui" />
        <source>Step 3: options</source>
        <translation>Étape 3 : options</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;3. Check the options&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;3. Vérifier les options&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>The template asks for these settings. The defaults work for a first try; fields marked * are required. Press Deploy to generate, build, flash and run.</source>
        <translation>Le modèle de projet demande ces paramètres. Les valeurs par défaut conviennent pour un premier essai ; les champs marqués * sont obligatoires. Cliquez sur Déployer pour générer, compiler, flasher et exécuter.</translation>
    </message>
    <message>
        <location />
        <source>Template options</source>
        <translation>Options du modèle de projet</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../ui/runpage.ui" />
        <source>Step 6: run</source>
        <translation>Étape 6 : exécuter</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;6. Run the model on the device&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;6. Exécuter le modèle sur l'appareil&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>Device information</source>
        <translation>Informations sur l'appareil</translation>
    </message>
    <message>
        <location />
        <source>Connecting to the device…</source>
        <translation>Connexion à l'appareil…</translation>
    </message>
    <message>
        <location />
        <source>&amp;Input:</source>
        <translation>&amp;Entrée :</translation>
    </message>
    <message>
        <location />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="vanished">C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <location />
        <source>Choose an input file</source>
        <translation>Choisir un fichier d'entrée</translation>
    </message>
    <message>
        <location />
        <source>A .npy or .npz tensor, a raw .bin file, or an image (scaled to the model's input)</source>
        <translation>Un tenseur .npy ou .npz, un fichier .bin brut ou une image (mise à l'échelle de l'entrée du modèle)</translation>
    </message>
    <message>
        <location />
        <source>Runs &amp;each:</source>
        <translation>Exécutions &amp;par entrée :</translation>
    </message>
    <message>
        <location />
        <source>Runs per input</source>
        <translation>Exécutions par entrée</translation>
    </message>
    <message>
        <location />
        <source>Run &amp;Once</source>
        <translation>Exécuter &amp;une fois</translation>
    </message>
    <message>
        <location />
        <source>Run once</source>
        <translation>Exécuter une fois</translation>
    </message>
    <message>
        <location />
        <source>Run &amp;Continuously</source>
        <translation>Exécuter en &amp;continu</translation>
    </message>
    <message>
        <location />
        <source>Run continuously</source>
        <translation>Exécuter en continu</translation>
    </message>
    <message>
        <location />
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <location />
        <source>Run status</source>
        <translation>État de l'exécution</translation>
    </message>
    <message>
        <location />
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location />
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location />
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location />
        <source>Latency over time</source>
        <translation>Latence au fil du temps</translation>
    </message>
    <message>
        <location />
        <source>Serial Console</source>
        <translation>Console série</translation>
    </message>
    <message>
        <location />
        <source>Serial console</source>
        <translation>Console série</translation>
    </message>
    <message>
        <location />
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location />
        <source>Choo&amp;se File…</source>
        <translation>Ch&amp;oisir un fichier…</translation>
    </message>
    <message>
        <location />
        <source>Protocol and link</source>
        <translation>Protocole et liaison</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation type="vanished">&amp;Profil…</translation>
    </message>
    <message>
        <location />
        <source>Profile every operator</source>
        <translation>Profiler chaque opérateur</translation>
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
        <translation>Profil des opé&amp;rateurs…</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../ui/targetpage.ui" />
        <source>Step 2: target</source>
        <translation>Étape 2 : cible</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;2. Choose where it runs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;2. Choisir où l'exécuter&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>&amp;Template:</source>
        <translation>&amp;Modèle de projet :</translation>
    </message>
    <message>
        <location />
        <source>Templates</source>
        <translation>Modèles de projet</translation>
    </message>
    <message>
        <location />
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location />
        <source>Check the templates again</source>
        <translation>Vérifier à nouveau les modèles de projet</translation>
    </message>
    <message>
        <location />
        <source>Template status</source>
        <translation>État du modèle de projet</translation>
    </message>
    <message>
        <location />
        <source>B&amp;oard:</source>
        <translation>&amp;Carte :</translation>
    </message>
    <message>
        <location />
        <source>Board</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Serial &amp;port:</source>
        <translation type="vanished">&amp;Port série :</translation>
    </message>
    <message>
        <location />
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <location />
        <source>Compatibility warning</source>
        <translation>Avertissement de compatibilité</translation>
    </message>
    <message>
        <location />
        <source>&lt;b&gt;Does the model fit?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le modèle tient-il ?&lt;/b&gt;</translation>
    </message>
    <message>
        <location />
        <source>Memory fit check</source>
        <translation>Vérification de la taille en mémoire</translation>
    </message>
    <message>
        <location />
        <source>&amp;Serial port:</source>
        <translation>P&amp;ort série :</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Batch</name>
    <message>
        <location filename="../src/core/batch/boardtarget.cpp" line="+12" />
        <source>emulated %1</source>
        <translation>émulée %1</translation>
    </message>
    <message>
        <location filename="../src/core/batch/boardmatcher.cpp" line="+31" />
        <source>A batch has 1 to %1 boards, not %2.</source>
        <translation>Un lot comprend de 1 à %1 cartes, pas %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give "all", a number of boards or their serial numbers.</source>
        <translation>Indiquez « all », un nombre de cartes ou leurs numéros de série.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No boards were named.</source>
        <translation>Aucune carte n'a été indiquée.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give "all", a number of boards or their serial numbers separated by commas.</source>
        <translation>Indiquez « all », un nombre de cartes ou leurs numéros de série séparés par des virgules.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Deploying to several boards needs the board type, to find the connected boards of that type.</source>
        <translation>Le déploiement sur plusieurs cartes nécessite le type de carte, pour trouver les cartes connectées de ce type.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set the board option to one of: %1.</source>
        <translation>Réglez l'option de carte sur l'une des valeurs suivantes : %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No temporary folder could be created to check the package.</source>
        <translation>Impossible de créer un dossier temporaire pour vérifier le paquet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the temporary folder can be written and the disk has room.</source>
        <translation>Vérifiez que le dossier temporaire est accessible en écriture et que le disque a de la place.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The package's flash recipe cannot be read.</source>
        <translation>La recette de flashage du paquet est illisible.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the package again with this TinyDeploy.</source>
        <translation>Refaites le paquet avec ce TinyDeploy.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The package does not describe its board %1 well enough to find the connected boards of that type.</source>
        <translation>Le paquet ne décrit pas assez sa carte %1 pour trouver les cartes connectées de ce type.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Make the package again with this TinyDeploy, or flash one board at a time with --port.</source>
        <translation>Refaites le paquet avec ce TinyDeploy, ou flashez une carte à la fois avec --port.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Emulated boards are not plugged in, so they cannot be chosen by "all" or by serial number.</source>
        <translation>Les cartes émulées ne sont pas branchées : elles ne peuvent donc pas être choisies avec « all » ni par numéro de série.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the number of emulated boards to start, e.g. 8.</source>
        <translation>Indiquez le nombre de cartes émulées à démarrer, par exemple 8.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>TinyDeploy cannot recognise %1 boards by their USB adapter, so it cannot find several of them.</source>
        <translation>TinyDeploy ne peut pas reconnaître les cartes %1 à leur adaptateur USB : il ne peut donc pas en trouver plusieurs.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deploy to one board at a time, choosing its serial port.</source>
        <translation>Déployez sur une carte à la fois, en choisissant son port série.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No %1 board is connected (USB id %2).</source>
        <translation>Aucune carte %1 n'est connectée (ID USB %2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plug the boards in with a data cable, then try again.</source>
        <translation>Branchez les cartes avec un câble de données, puis réessayez.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 %2 boards were asked for, but %3 are connected: %4.</source>
        <translation>%1 cartes %2 ont été demandées, mais %3 sont connectées : %4.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Plug in the missing boards, or ask for fewer.</source>
        <translation>Branchez les cartes manquantes ou demandez-en moins.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No connected %1 board has the serial number %2 (connected: %3).</source>
        <translation>Aucune carte %1 connectée n'a le numéro de série %2 (connectées : %3).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the serial number, or plug that board in.</source>
        <translation>Vérifiez le numéro de série ou branchez cette carte.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/projectcopy.cpp" line="+16" />
        <source>The built project folder does not exist.</source>
        <translation>Le dossier du projet compilé n'existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the batch again: it builds the project first.</source>
        <translation>Relancez le lot : il compile d'abord le projet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The board's project folder already exists.</source>
        <translation>Le dossier de projet de la carte existe déjà.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete it, or start a new batch.</source>
        <translation>Supprimez-le ou démarrez un nouveau lot.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The built project could not be copied for this board.</source>
        <translation>Le projet compilé n'a pas pu être copié pour cette carte.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the disk has room and the folder can be written.</source>
        <translation>Vérifiez que le disque a de la place et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchnames.cpp" line="+29" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchdeployment.cpp" line="+29" />
        <source>The batch was cancelled before this board was done.</source>
        <translation>Le lot a été annulé avant que cette carte soit terminée.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry the board, or start the batch again.</source>
        <translation>Réessayez pour cette carte ou relancez le lot.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>This batch has already been started.</source>
        <translation>Ce lot a déjà été démarré.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The batch has no boards.</source>
        <translation>Le lot ne contient aucune carte.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect the boards, or give the number of emulated boards.</source>
        <translation>Branchez les cartes ou indiquez le nombre de cartes émulées.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The batch folder could not be created.</source>
        <translation>Le dossier du lot n'a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the records folder can be written and the disk has room.</source>
        <translation>Vérifiez que le dossier des enregistrements est accessible en écriture et que le disque a de la place.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The build did not finish.</source>
        <translation>La compilation ne s'est pas terminée.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The build failed, so no board was flashed: %1</source>
        <translation>La compilation a échoué, aucune carte n'a donc été flashée : %1</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The board %1 is no longer connected: it was unplugged before its turn.</source>
        <translation>La carte %1 n'est plus connectée : elle a été débranchée avant son tour.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plug it in again and press Retry.</source>
        <translation>Rebranchez-la et appuyez sur « Réessayer ».</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The board %1 is now %2 (was %3).</source>
        <translation>La carte %1 est maintenant %2 (auparavant %3).</translation>
    </message>
    <message>
        <location line="+87" />
        <source>The deployment did not finish.</source>
        <translation>Le déploiement ne s'est pas terminé.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The board's outputs differ from the expected outputs: %1 of %2 agree.</source>
        <translation>Les sorties de la carte diffèrent des sorties attendues : %1 sur %2 concordent.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Look at the board's record; retry it, or check the model and the firmware.</source>
        <translation>Consultez l'enregistrement de la carte ; réessayez, ou vérifiez le modèle et le firmware.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>There is no board %1 in this batch.</source>
        <translation>Il n'y a pas de carte %1 dans ce lot.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Only a board that failed or was cancelled can be retried.</source>
        <translation>Seule une carte en échec ou annulée peut être relancée.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The build did not succeed, so there is nothing to flash.</source>
        <translation>La compilation n'a pas réussi : il n'y a donc rien à flasher.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fix the build, then start the batch again.</source>
        <translation>Corrigez la compilation, puis relancez le lot.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The batch is being cancelled.</source>
        <translation>Le lot est en cours d'annulation.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait until it has stopped, then retry the board.</source>
        <translation>Attendez qu'il soit arrêté, puis relancez la carte.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The board %1 is already in the batch.</source>
        <translation>La carte %1 est déjà dans le lot.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchreport.cpp" line="+118" />
        <source>Batch deployment</source>
        <translation>Déploiement par lot</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Batch deployment of %1</source>
        <translation>Déploiement par lot de %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 boards: %2 passed, %3 failed, %4 cancelled. Template %5, started %6, %7 s, at most %8 at once.</source>
        <translation>%1 cartes : %2 réussies, %3 en échec, %4 annulées. Modèle de projet %5, démarré le %6, %7 s, au plus %8 à la fois.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency (µs)</source>
        <translation>Latence (µs)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Why boards failed</source>
        <translation>Pourquoi des cartes ont échoué</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Deploy</name>
    <message>
        <location filename="../src/core/deploy/modelstaging.cpp" line="+70" />
        <source>The folder to pack does not exist.</source>
        <translation>Le dossier à empaqueter n'existe pas.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Cannot read the link.</source>
        <translation>Impossible de lire le lien.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The extracted model contains a special file (device, FIFO or socket).</source>
        <translation>Le modèle extrait contient un fichier spécial (périphérique, FIFO ou socket).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only regular files, folders and links can be packed.</source>
        <translation>Seuls les fichiers ordinaires, les dossiers et les liens peuvent être empaquetés.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The file changed while it was packed.</source>
        <translation>Le fichier a changé pendant l'empaquetage.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot write the model tar for the template.</source>
        <translation>Impossible d'écrire le tar du modèle pour le modèle de projet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and permissions of the work folder.</source>
        <translation>Vérifiez l'espace libre et les droits du dossier de travail.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Cannot remove the result of an earlier staging.</source>
        <translation>Impossible de supprimer le résultat d'une préparation précédente.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+80" />
        <source>Check the permissions of the work folder.</source>
        <translation>Vérifiez les droits du dossier de travail.</translation>
    </message>
    <message>
        <location line="-51" />
        <source>The standalone C runtime folder does not exist.</source>
        <translation>Le dossier du runtime C autonome n'existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name the standalone_crt folder of a TVM build, or leave it out.</source>
        <translation>Indiquez le dossier standalone_crt d'une compilation de TVM, ou omettez-le.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+35" />
        <source>Cannot create the work folder.</source>
        <translation>Impossible de créer le dossier de travail.</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Check the permissions of its parent folder.</source>
        <translation>Vérifiez les droits de son dossier parent.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The archive's runtime/ folder has no CMakeLists.txt (an older TVM release); templates that build TVM's C runtime with CMake may fail.</source>
        <translation>Le dossier runtime/ de l'archive n'a pas de CMakeLists.txt (une version plus ancienne de TVM) ; les modèles de projet qui compilent le runtime C de TVM avec CMake peuvent échouer.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The archive has no runtime/ folder and no standalone C runtime folder was given: the template may need TVM's standalone C runtime (--standalone-crt DIR).</source>
        <translation>L'archive n'a pas de dossier runtime/ et aucun dossier de runtime C autonome n'a été indiqué : le modèle de projet peut avoir besoin du runtime C autonome de TVM (--standalone-crt DOSSIER).</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymenttypes.cpp" line="+58" />
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="+151" />
        <source>Generate project</source>
        <translation>Générer le projet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build</source>
        <translation>Compiler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash</source>
        <translation>Flasher</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the device</source>
        <translation>Se connecter à l'appareil</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the model</source>
        <translation>Exécuter le modèle</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentrecord.cpp" line="+65" />
        <source>Cannot create the folder for deployment records.</source>
        <translation>Impossible de créer le dossier des données de déploiement.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+15" />
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>Vérifiez que le dossier est accessible en écriture et que le disque n'est pas plein.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Cannot create the record folder of the deployment.</source>
        <translation>Impossible de créer le dossier de données du déploiement.</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+13" />
        <source>Cannot write the log of the step.</source>
        <translation>Impossible d'écrire le journal de l'étape.</translation>
    </message>
    <message>
        <location line="-11" />
        <location line="+13" />
        <location line="+55" />
        <source>Check that the disk is not full.</source>
        <translation>Vérifiez que le disque n'est pas plein.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Cannot write the deployment record.</source>
        <translation>Impossible d'écrire les données du déploiement.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/modelstaging.cpp" line="+14" />
        <location line="+8" />
        <source>Cannot read the model archive.</source>
        <translation>Impossible de lire l'archive du modèle.</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Check that the file exists and is readable.</source>
        <translation>Vérifiez que le fichier existe et est lisible.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deployment.cpp" line="+139" />
        <source>This deployment has already been started.</source>
        <translation>Ce déploiement a déjà été démarré.</translation>
    </message>
    <message>
        <source>A deployment starts with generate or, for a flashed project, with connect.</source>
        <translation type="vanished">Un déploiement commence par la génération ou, pour un projet déjà flashé, par la connexion.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsettings.cpp" line="+16" />
        <source>The number of runs must be 1 to %1, not %2.</source>
        <translation>Le nombre d'exécutions doit être compris entre 1 et %1, pas %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A deployment cannot end at "%1" before it starts at "%2".</source>
        <translation>Un déploiement ne peut pas se terminer à « %1 » avant de commencer à « %2 ».</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A deployment starts with generate or, for an existing project, with build, flash or connect.</source>
        <translation>Un déploiement commence par la génération ou, pour un projet existant, par la compilation, le flashage ou la connexion.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A deployment from a package starts at its Flash step: a package holds built firmware.</source>
        <translation>Un déploiement à partir d'un paquet commence à l'étape Flash : un paquet contient un firmware déjà compilé.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The deployment package does not exist or is not a file.</source>
        <translation>Le paquet de déploiement n'existe pas ou n'est pas un fichier.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the path of a .tdpkg file.</source>
        <translation>Indiquez le chemin d'un fichier .tdpkg.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The model archive does not exist or cannot be read.</source>
        <translation>L'archive du modèle n'existe pas ou ne peut pas être lue.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the path of a Model Library Format archive (.tar).</source>
        <translation>Indiquez le chemin d'une archive au Model Library Format (.tar).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The template folder does not exist.</source>
        <translation>Le dossier du modèle de projet n'existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose one of the installed templates.</source>
        <translation>Choisissez l'un des modèles de projet installés.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The project folder already exists.</source>
        <translation>Le dossier du projet existe déjà.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a new folder, or delete this one.</source>
        <translation>Choisissez un nouveau dossier, ou supprimez celui-ci.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The project folder does not exist.</source>
        <translation>Le dossier du projet n'existe pas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the folder of a generated and flashed project.</source>
        <translation>Indiquez le dossier d'un projet généré et flashé.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the folder of a generated project.</source>
        <translation>Indiquez le dossier d'un projet généré.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The folder has no Project API server: it is not a generated project.</source>
        <translation>Le dossier n'a pas de serveur Project API : ce n'est pas un projet généré.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate a project from a template first, and give its folder.</source>
        <translation>Générez d'abord un projet à partir d'un modèle de projet, puis indiquez son dossier.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deployment.cpp" line="+55" />
        <source>Cancelling.</source>
        <translation>Annulation en cours.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The deployment is still busy; the model can run again once it has finished.</source>
        <translation>Le déploiement est encore en cours ; le modèle pourra s'exécuter à nouveau une fois qu'il sera terminé.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wait for the current step to end, or cancel it.</source>
        <translation>Attendez la fin de l'étape en cours, ou annulez-la.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model can run again only after the deployment has reached its Run step.</source>
        <translation>Le modèle ne peut s'exécuter à nouveau qu'une fois le déploiement arrivé à son étape d'exécution.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deploy the model first, or retry the step that failed.</source>
        <translation>Déployez d'abord le modèle, ou réessayez l'étape qui a échoué.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Running the model again (round %1).</source>
        <translation>Nouvelle exécution du modèle (tour %1).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Only a failed deployment can be retried.</source>
        <translation>Seul un déploiement en échec peut être relancé.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Attempt %1 of this step.</source>
        <translation>Tentative %1 de cette étape.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 started.</source>
        <translation>Étape « %1 » démarrée.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Retry the step.</source>
        <translation>Relancez l'étape.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 failed: %2</source>
        <translation>Échec de l'étape « %1 » : %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 finished in %2 s.</source>
        <translation>Étape « %1 » terminée en %2 s.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The deployment was cancelled during "%1".</source>
        <translation>Le déploiement a été annulé pendant « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="-72" />
        <source>Checking and unpacking %1.</source>
        <translation>Vérification et décompression de %1.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/modelstaging.cpp" line="+17" />
        <location line="+17" />
        <source>Staging gave no result.</source>
        <translation>La préparation n'a donné aucun résultat.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deployment.cpp" line="+33" />
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="+60" />
        <source>Generating the project in %1.</source>
        <translation>Génération du projet dans %1.</translation>
    </message>
    <message>
        <location line="-84" />
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="+143" />
        <source>The device's serial port is %1.</source>
        <translation>Le port série de l'appareil est %1.</translation>
    </message>
    <message>
        <location line="+301" />
        <source>No serial port is known for the device.</source>
        <translation>Aucun port série n'est connu pour l'appareil.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template did not report one: give the board's serial port (for example /dev/ttyACM0).</source>
        <translation>Le modèle de projet n'en a signalé aucun : indiquez le port série de la carte (par exemple /dev/ttyACM0).</translation>
    </message>
    <message>
        <source>Opening %1.</source>
        <translation type="vanished">Ouverture de %1.</translation>
    </message>
    <message>
        <location line="+210" />
        <source>Device: %1 on %2, model %3.</source>
        <translation>Appareil : %1 sur %2, modèle %3.</translation>
    </message>
    <message>
        <location line="-100" />
        <source>median %1 us</source>
        <translation>médiane %1 µs</translation>
    </message>
    <message>
        <location line="-240" />
        <source>The value was remembered when the project was generated; give a new value for this option.</source>
        <translation>La valeur a été mémorisée lors de la génération du projet ; indiquez une nouvelle valeur pour cette option.</translation>
    </message>
    <message>
        <location line="+26" />
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="-31" />
        <source>The board's USB serial number is %1: the flasher addresses that board.</source>
        <translation>Le numéro de série USB de la carte est %1 : l'outil de flashage s'adresse à cette carte.</translation>
    </message>
    <message>
        <location line="+138" />
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="+46" />
        <source>Running the model with %1.</source>
        <translation>Le modèle s'exécute avec %1.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>%1 cycles</source>
        <translation>%1 cycles</translation>
    </message>
    <message>
        <location line="+2" />
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>agrees with the expected output</source>
        <translation>conforme à la sortie attendue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DIFFERS from the expected output</source>
        <translation>DIFFÈRE de la sortie attendue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2</source>
        <comment>input name: facts about its run</comment>
        <translation>%1 : %2</translation>
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
        <translation>Ouverture de %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/deploy/runinputs.cpp" line="+314" />
        <source>Input set "%1" has the wrong number of tensors (%2): the model on the device has %n input(s).</source>
        <translation>
            <numerusform>Le jeu d'entrées « %1 » n'a pas le bon nombre de tenseurs (%2) : le modèle sur l'appareil a %n entrée.</numerusform>
            <numerusform>Le jeu d'entrées « %1 » n'a pas le bon nombre de tenseurs (%2) : le modèle sur l'appareil a %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: median %2 us</source>
        <translation type="vanished">%1 : médiane %2 us</translation>
    </message>
    <message>
        <source>, %1 cycles</source>
        <translation type="vanished">, %1 cycles</translation>
    </message>
    <message>
        <source>, class %1</source>
        <translation type="vanished">, classe %1</translation>
    </message>
    <message>
        <source>, agrees with the expected output</source>
        <translation type="vanished">, concorde avec la sortie attendue</translation>
    </message>
    <message>
        <source>, DIFFERS from the expected output</source>
        <translation type="vanished">, DIFFÈRE de la sortie attendue</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="-146" />
        <source>The device has not said what it runs yet.</source>
        <translation>L'appareil n'a pas encore indiqué ce qu'il exécute.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry the connect step.</source>
        <translation>Relancez l'étape de connexion.</translation>
    </message>
    <message numerus="yes">
        <location line="+43" />
        <source>Running %1 (%n run(s)).</source>
        <translation>
            <numerusform>Exécution de %1 (%n exécution).</numerusform>
            <numerusform>Exécution de %1 (%n exécutions).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-336" />
        <location line="+46" />
        <location line="+45" />
        <location line="+294" />
        <source>Starting the Project API server of %1.</source>
        <translation>Démarrage du serveur Project API de %1.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/projectserver.cpp" line="+72" />
        <source>The server says this folder is not a template (is_template is false).</source>
        <translation>Le serveur indique que ce dossier n'est pas un modèle de projet (is_template vaut false).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a template folder; a generated project is re-run, not generated again.</source>
        <translation>Choisissez un dossier de modèle de projet ; un projet généré est réexécuté, pas généré à nouveau.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The project's server still says it is a template (is_template is true).</source>
        <translation>Le serveur du projet indique toujours qu'il s'agit d'un modèle de projet (is_template vaut true).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The template's generate_project did not make a project; see the log of the generate step.</source>
        <translation>L'appel generate_project du modèle de projet n'a pas créé de projet ; consultez le journal de l'étape de génération.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The folder is a template, not a generated project.</source>
        <translation>Le dossier est un modèle de projet, pas un projet généré.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate a project from this template first, and give the project's folder.</source>
        <translation>Générez d'abord un projet à partir de ce modèle de projet, puis indiquez le dossier du projet.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+9" />
        <location line="+9" />
        <source>No Project API server is running.</source>
        <translation>Aucun serveur Project API n'est en cours d'exécution.</translation>
    </message>
    <message numerus="yes">
        <source>The model on the device has %n input(s), but input set "%1" has %2 tensor(s).</source>
        <translation type="vanished">
            <numerusform>Le modèle sur l'appareil a %n entrée, mais le jeu d'entrées « %1 » a %2 tenseur(s).</numerusform>
            <numerusform>Le modèle sur l'appareil a %n entrées, mais le jeu d'entrées « %1 » a %2 tenseur(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/deploy/runinputs.cpp" line="-285" />
        <source>%1 needs a model with exactly one input; this one has %2.</source>
        <translation>%1 nécessite un modèle avec exactement une entrée ; celui-ci en a %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give one .npy file per input, or an .npz file.</source>
        <translation>Fournissez un fichier .npy par entrée, ou un fichier .npz.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>A raw input file</source>
        <translation>Un fichier d'entrée brut</translation>
    </message>
    <message>
        <location line="+19" />
        <source>An image</source>
        <translation>Une image</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The model's input "%1" is not an image (shape %2).</source>
        <translation>L'entrée « %1 » du modèle n'est pas une image (forme %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+18" />
        <source>Give an .npy file of the input's shape instead.</source>
        <translation>Fournissez plutôt un fichier .npy ayant la forme de l'entrée.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>The image has no usable pixels.</source>
        <translation>L'image n'a aucun pixel utilisable.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a PNG, JPEG or BMP file.</source>
        <translation>Utilisez un fichier PNG, JPEG ou BMP.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model's input "%1" is not a grey or RGB image.</source>
        <translation>L'entrée « %1 » du modèle n'est pas une image en niveaux de gris ou RGB.</translation>
    </message>
    <message numerus="yes">
        <location line="+89" />
        <source>The file holds %1 arrays, but the model has %n input(s).</source>
        <translation>
            <numerusform>Le fichier contient %1 tableaux, mais le modèle a %n entrée.</numerusform>
            <numerusform>Le fichier contient %1 tableaux, mais le modèle a %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give one array per model input.</source>
        <translation>Fournissez un tableau par entrée du modèle.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input "%1" of the model is %2, but the file holds %3.</source>
        <translation>L'entrée « %1 » du modèle est %2, mais le fichier contient %3.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Input "%1" of the model has the shape %2, but the file holds %3.</source>
        <translation>L'entrée « %1 » du modèle a la forme %2, mais le fichier contient %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give an array of the model's input shape.</source>
        <translation>Fournissez un tableau ayant la forme d'entrée du modèle.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Give one tensor per model input.</source>
        <translation>Fournissez un tenseur par entrée du modèle.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input "%1" of the model is %2, but the given tensor is %3.</source>
        <translation>L'entrée « %1 » du modèle est de type %2, mais le tenseur fourni est de type %3.</translation>
    </message>
    <message>
        <location line="-41" />
        <location line="+44" />
        <source>Convert the input to %1 (for a quantized model, quantize it with the model's scale and zero point).</source>
        <translation>Convertissez l'entrée en %1 (pour un modèle quantifié, quantifiez-la avec l'échelle et le point zéro du modèle).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Input "%1" of the model takes %2 bytes, but the given tensor %3 has %4.</source>
        <translation>L'entrée « %1 » du modèle prend %2 octets, mais le tenseur fourni %3 en a %4.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give a tensor of the model's input shape.</source>
        <translation>Fournissez un tenseur ayant la forme d'entrée du modèle.</translation>
    </message>
    <message>
        <source>Cannot stop the device: python3 was not found.</source>
        <translation type="vanished">Impossible d'arrêter l'appareil : python3 est introuvable.</translation>
    </message>
    <message>
        <source>Install python3, or stop it with "python3 -m tdserver stop" in the project folder.</source>
        <translation type="vanished">Installez python3, ou arrêtez-le avec « python3 -m tdserver stop » dans le dossier du projet.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/devicestopper.cpp" line="+46" />
        <source>Cannot stop the device: %1</source>
        <translation>Impossible d'arrêter l'appareil : %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Stopping the device failed.</source>
        <translation>L'arrêt de l'appareil a échoué.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run "python3 -m tdserver stop" in the project folder.</source>
        <translation>Exécutez « python3 -m tdserver stop » dans le dossier du projet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Command: %1
Exit status %2
%3</source>
        <translation>Commande : %1
Code de sortie %2
%3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot stop the device: the stop command did not start.</source>
        <translation>Impossible d'arrêter l'appareil : la commande d'arrêt n'a pas démarré.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Command: %1
%2</source>
        <translation>Commande : %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>The model has %n input(s), but the last input set has only %1 file(s).</source>
        <translation type="vanished">
            <numerusform>Le modèle a %n entrée, mais le dernier jeu d'entrées n'a que %1 fichier(s).</numerusform>
            <numerusform>Le modèle a %n entrées, mais le dernier jeu d'entrées n'a que %1 fichier(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/deploy/samplekit.cpp" line="+55" />
        <source>The model's quantization file is unreadable; outputs are shown as raw integers.</source>
        <translation>Le fichier de quantification du modèle est illisible ; les sorties sont affichées en entiers bruts.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fix or delete the file.</source>
        <translation>Corrigez ou supprimez le fichier.</translation>
    </message>
    <message numerus="yes">
        <location line="+103" />
        <source>The last input set is incomplete: it has files for %1 of the model's %n input(s).</source>
        <translation>
            <numerusform>Le dernier jeu d'entrées est incomplet : il a des fichiers pour %1 de la %n entrée du modèle.</numerusform>
            <numerusform>Le dernier jeu d'entrées est incomplet : il a des fichiers pour %1 des %n entrées du modèle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give one .npy file per model input for each set, or one .npz file per set.</source>
        <translation>Fournissez un fichier .npy par entrée du modèle pour chaque jeu, ou un fichier .npz par jeu.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/boardcheck.cpp" line="+30" />
        <source>The board "%1" is not one of this template's boards.</source>
        <translation>La carte « %1 » ne fait pas partie des cartes de ce modèle de projet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose one of: %1.</source>
        <translation>Choisissez parmi : %1.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Flash: %1
RAM: %2</source>
        <translation>Flash : %1
RAM : %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model does not fit %1: %2.</source>
        <translation>Le modèle ne tient pas sur %1 : %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a board with more memory, or a smaller model (an int8 model needs about a quarter of a float32 one's memory). The estimate errs on the safe side: to build anyway, skip the fit check (--no-fit-check).</source>
        <translation>Choisissez une carte avec plus de mémoire, ou un modèle plus petit (un modèle int8 nécessite environ le quart de la mémoire d'un modèle float32). L'estimation pèche par prudence : pour compiler quand même, sautez la vérification de taille (--no-fit-check).</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/projectstate.cpp" line="+27" />
        <source>Cannot read what the project remembers.</source>
        <translation>Impossible de lire les données mémorisées du projet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the file's permissions.</source>
        <translation>Vérifiez les droits du fichier.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What the project remembers is unreadable.</source>
        <translation>Les données mémorisées du projet sont illisibles.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete the file; then give the options and the serial port again.</source>
        <translation>Supprimez le fichier ; puis indiquez à nouveau les options et le port série.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file does not hold a JSON object.</source>
        <translation>Le fichier ne contient pas d'objet JSON.</translation>
    </message>
    <message>
        <location line="+102" />
        <location line="+9" />
        <source>Cannot remember the project's options and serial port.</source>
        <translation>Impossible de mémoriser les options et le port série du projet.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Check the permissions of the project folder.</source>
        <translation>Vérifiez les droits du dossier du projet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Check that the disk is not full and the project folder is writable.</source>
        <translation>Vérifiez que le disque n'est pas plein et que le dossier du projet est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentprofile.cpp" line="+14" />
        <source>Profiling needs a host-driven project with the graph executor, and this one runs %1.</source>
        <translation>Le profilage demande un projet piloté par l'hôte avec l'exécuteur de graphe, et celui-ci utilise %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Generate a project with project_type host_driven from a graph-executor archive built with --runtime-crt-system-lib (for example digits_int8_graph.tar).</source>
        <translation>Générez un projet avec project_type host_driven à partir d'une archive à exécuteur de graphe construite avec --runtime-crt-system-lib (par exemple digits_int8_graph.tar).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The model can be profiled only on a connected device, between runs.</source>
        <translation>Le modèle ne peut être profilé que sur un appareil connecté, entre deux exécutions.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the model first, and profile once the run has finished.</source>
        <translation>Exécutez d'abord le modèle, puis profilez une fois l'exécution terminée.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A profile times each operator at least once.</source>
        <translation>Un profil mesure chaque opérateur au moins une fois.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Profiling every operator (%n repeat(s)).</source>
        <translation>
            <numerusform>Profilage de chaque opérateur (%n répétition).</numerusform>
            <numerusform>Profilage de chaque opérateur (%n répétitions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Profile: %n operator(s), %1 us in total.</source>
        <translation>
            <numerusform>Profil : %n opérateur, %1 us au total.</numerusform>
            <numerusform>Profil : %n opérateurs, %1 us au total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Profile failed: %1</source>
        <translation>Échec du profil : %1</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/runprotocol.cpp" line="+89" />
        <source>TinyDeploy protocol</source>
        <translation>protocole TinyDeploy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>microTVM RPC, AOT executor</source>
        <translation>RPC microTVM, exécuteur AOT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>microTVM RPC, graph executor</source>
        <translation>RPC microTVM, exécuteur de graphe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, over the Project API transport</source>
        <translation>%1, par le transport de la Project API</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, over the serial port</source>
        <translation>%1, par le port série</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, over the serial port %2</source>
        <translation>%1, par le port série %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This project's firmware (project_type %1) runs the model on its own and speaks neither TinyDeploy's protocol nor microTVM RPC.</source>
        <translation>Le micrologiciel de ce projet (project_type %1) exécute le modèle seul et ne parle ni le protocole TinyDeploy ni le RPC microTVM.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Generate the project again with project_type host_driven.</source>
        <translation>Générez à nouveau le projet avec project_type host_driven.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This archive uses the AOT executor's C interface, which only runs in standalone firmware.</source>
        <translation>Cette archive utilise l'interface C de l'exécuteur AOT, qui ne fonctionne que dans un micrologiciel autonome.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Generate the project with project_type standalone, or export the model with the graph executor.</source>
        <translation>Générez le projet avec project_type standalone, ou exportez le modèle avec l'exécuteur de graphe.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The archive names no graph or AOT executor, so microTVM RPC cannot run it.</source>
        <translation>L'archive ne nomme aucun exécuteur de graphe ou AOT : le RPC microTVM ne peut pas l'exécuter.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the whole model with tvmc compile --executor=graph --runtime=crt --runtime-crt-system-lib=1.</source>
        <translation>Exportez le modèle entier avec tvmc compile --executor=graph --runtime=crt --runtime-crt-system-lib=1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The archive was not built with --runtime-crt-system-lib, and microTVM RPC finds the model's functions only in the CRT system library.</source>
        <translation>L'archive n'a pas été construite avec --runtime-crt-system-lib, et le RPC microTVM ne trouve les fonctions du modèle que dans la bibliothèque système de la CRT.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the model again with --runtime=crt --runtime-crt-system-lib=1.</source>
        <translation>Exportez à nouveau le modèle avec --runtime=crt --runtime-crt-system-lib=1.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>The project has no extracted model (model/metadata.json) and remembers no model archive.</source>
        <translation>Le projet n'a pas de modèle extrait (model/metadata.json) et ne se souvient d'aucune archive de modèle.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Generate the project again with TinyDeploy.</source>
        <translation>Générez à nouveau le projet avec TinyDeploy.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="-113" />
        <source>Checking and unpacking the deployment package %1.</source>
        <translation>Vérification et décompression du paquet de déploiement %1.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>An option must be given as name=value, not "%1".</source>
        <translation>Une option doit être donnée sous la forme name=value, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Package for %1 (%2), model %3, made by TinyDeploy %4 on %5; SHA-256 %6.</source>
        <translation>Paquet pour %1 (%2), modèle %3, créé par TinyDeploy %4 le %5 ; SHA-256 %6.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Flashing %1 by the package's recipe (flasher %2); no server runs, nothing is built.</source>
        <translation>Flashage de %1 selon la recette du paquet (outil de flashage %2) ; aucun serveur ne tourne, rien n'est compilé.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The package does not say how to talk to the device.</source>
        <translation>Le paquet n'indique pas comment communiquer avec l'appareil.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the package again with this TinyDeploy.</source>
        <translation>Recréez le paquet avec cette version de TinyDeploy.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/kioskconfig.cpp" line="+57" />
        <source>The kiosk configuration does not say its "%1".</source>
        <translation>La configuration du kiosque n'indique pas son « %1 ».</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+25" />
        <source>Make it again with "tinydeploy-cli kiosk-config".</source>
        <translation>Recréez-la avec « tinydeploy-cli kiosk-config ».</translation>
    </message>
    <message>
        <location line="-21" />
        <source>The field "%1" of the kiosk configuration must be a text.</source>
        <translation>Le champ « %1 » de la configuration du kiosque doit être un texte.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put the value in double quotes.</source>
        <translation>Mettez la valeur entre guillemets doubles.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The kiosk configuration is not valid JSON (%1 at byte %2).</source>
        <translation>La configuration du kiosque n'est pas un JSON valide (%1 à l'octet %2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk configuration must be one JSON object.</source>
        <translation>La configuration du kiosque doit être un seul objet JSON.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk configuration has an unknown field "%1".</source>
        <translation>La configuration du kiosque contient un champ inconnu « %1 ».</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The fields are: %1.</source>
        <translation>Les champs sont : %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This is not a TinyDeploy kiosk configuration (its "format" is not "%1").</source>
        <translation>Ce n'est pas une configuration de kiosque TinyDeploy (son « format » n'est pas « %1 »).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This kiosk configuration is of version %1; this TinyDeploy reads version %2.</source>
        <translation>Cette configuration de kiosque est en version %1 ; cette version de TinyDeploy lit la version %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Use the TinyDeploy that made it, or make it again.</source>
        <translation>Utilisez la version de TinyDeploy qui l'a créée, ou recréez-la.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The "options" of the kiosk configuration must be an object of option names and values.</source>
        <translation>Les « options » de la configuration du kiosque doivent être un objet de noms d'options et de valeurs.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write them as {"name": value, ...}.</source>
        <translation>Écrivez-les sous la forme {"name": value, ...}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The option "%1" must be a text, a number, true or false, or a list.</source>
        <translation>L'option « %1 » doit être un texte, un nombre, true ou false, ou une liste.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The board is its own field of the kiosk configuration, not an option.</source>
        <translation>La carte est un champ à part de la configuration du kiosque, pas une option.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Move it to "board".</source>
        <translation>Déplacez-la dans « board ».</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The model of the kiosk configuration does not exist or cannot be read: %1.</source>
        <translation>Le modèle de la configuration du kiosque n'existe pas ou est illisible : %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Copy the model next to the configuration, or make the configuration again.</source>
        <translation>Copiez le modèle à côté de la configuration, ou recréez la configuration.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The kiosk configuration does not exist or cannot be read.</source>
        <translation>La configuration du kiosque n'existe pas ou est illisible.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give a .tdkiosk file made with "tinydeploy-cli kiosk-config", or a .tdpkg deployment package.</source>
        <translation>Indiquez un fichier .tdkiosk créé avec « tinydeploy-cli kiosk-config », ou un paquet de déploiement .tdpkg.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The kiosk configuration is too large to be one (%1 bytes).</source>
        <translation>Le fichier est trop volumineux pour être une configuration de kiosque (%1 octets).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give a .tdkiosk file made with "tinydeploy-cli kiosk-config".</source>
        <translation>Indiquez un fichier .tdkiosk créé avec « tinydeploy-cli kiosk-config ».</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The kiosk configuration cannot be read: %1.</source>
        <translation>Impossible de lire la configuration du kiosque : %1.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Could not write the kiosk configuration: %1.</source>
        <translation>Impossible d'écrire la configuration du kiosque : %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The template folder of the kiosk configuration does not exist or is not a template: %1.</source>
        <translation>Le dossier du modèle de projet de la configuration du kiosque n'existe pas ou n'est pas un modèle de projet : %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy the template next to the configuration, or name an installed template.</source>
        <translation>Copiez le modèle de projet à côté de la configuration, ou indiquez un modèle de projet installé.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The template "%1" is in a folder that was added but not confirmed yet.</source>
        <translation>Le modèle de projet « %1 » se trouve dans un dossier ajouté mais pas encore confirmé.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Confirm the folder in TinyDeploy's settings first.</source>
        <translation>Confirmez d'abord le dossier dans les paramètres de TinyDeploy.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no template called "%1" on this computer.</source>
        <translation>Aucun modèle de projet nommé « %1 » n'existe sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Install TinyDeploy's templates.</source>
        <translation>Installez les modèles de projet de TinyDeploy.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Known templates: %1.</source>
        <translation>Modèles de projet connus : %1.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/runagainplan.cpp" line="+20" />
        <source>The project of this record no longer exists.</source>
        <translation>Le projet de cet enregistrement n'existe plus.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deploy the model again: the project folder was moved or deleted.</source>
        <translation>Déployez à nouveau le modèle : le dossier du projet a été déplacé ou supprimé.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This project was never flashed, so there is nothing on a board to run again.</source>
        <translation>Ce projet n'a jamais été flashé : il n'y a donc rien sur une carte à relancer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deploy the model again to build and flash it.</source>
        <translation>Déployez à nouveau le modèle pour le compiler et le flasher.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The %1 with serial number %2 is not connected.</source>
        <translation>La carte %1 avec le numéro de série %2 n'est pas connectée.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plug that board in (a data cable, not a charge-only one) and press Run Again.</source>
        <translation>Branchez cette carte (avec un câble de données, pas un câble de charge seule) et appuyez sur « Relancer ».</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The board is on %1 now; it was on %2.</source>
        <translation>La carte est maintenant sur %1 ; elle était sur %2.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Device</name>
    <message>
        <location filename="../src/core/device/deviceerrors.cpp" line="+53" />
        <source>The device session is busy with another request.</source>
        <translation>La session avec l'appareil est occupée par une autre requête.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for the current request to finish, or cancel it.</source>
        <translation>Attendez la fin de la requête en cours, ou annulez-la.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The serial link to the device is not open.</source>
        <translation>La liaison série avec l'appareil n'est pas ouverte.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the device first.</source>
        <translation>Connectez-vous d'abord à l'appareil.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../src/core/device/messages.cpp" line="+397" />
        <source>The number of runs must be 1 to %1, not %2.</source>
        <translation>Le nombre d'exécutions doit être compris entre 1 et %1, pas %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The request to the device was cancelled.</source>
        <translation>La requête à l'appareil a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>The model on the device has %n input(s), but %1 were given.</source>
        <translation type="vanished">
            <numerusform>Le modèle sur l'appareil a %n entrée, mais %1 ont été fournies.</numerusform>
            <numerusform>Le modèle sur l'appareil a %n entrées, mais %1 ont été fournies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>The model on the device takes %n input(s), not %1.</source>
        <translation>
            <numerusform>Le modèle sur l'appareil prend %n entrée, pas %1.</numerusform>
            <numerusform>Le modèle sur l'appareil prend %n entrées, pas %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give one input per model input, in the model's order.</source>
        <translation>Fournissez une entrée par entrée du modèle, dans l'ordre du modèle.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Input %1 ('%2', %3) needs %4 bytes, but %5 bytes were given.</source>
        <translation>L'entrée %1 (« %2 », %3) demande %4 octets, mais %5 octets ont été fournis.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>input %1 ('%2')</source>
        <translation>entrée %1 (« %2 »)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the input's shape and dtype against the model, or rebuild the firmware for this model.</source>
        <translation>Comparez la forme et le type de l'entrée avec le modèle, ou recompilez le firmware pour ce modèle.</translation>
    </message>
    <message>
        <location line="-54" />
        <source>The device did not answer HELLO within %1 s.</source>
        <translation>L'appareil n'a pas répondu à HELLO dans les %1 s.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The device did not acknowledge input %1 (bytes up to %2) within %3 s.</source>
        <translation>L'appareil n'a pas acquitté l'entrée %1 (octets jusqu'à %2) dans les %3 s.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device sent nothing for %1 s while running the model (%2 of %3 runs reported).</source>
        <translation>L'appareil n'a rien envoyé pendant %1 s pendant l'exécution du modèle (%2 exécutions sur %3 signalées).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sent %1 bytes, received %2 bytes; %3 received bytes were not valid frames.</source>
        <translation>%1 octets envoyés, %2 octets reçus ; %3 octets reçus n'étaient pas des trames valides.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The device sends bytes that are not TinyDeploy frames: check the baud rate and that the board runs TinyDeploy firmware.</source>
        <translation>L'appareil envoie des octets qui ne sont pas des trames TinyDeploy : vérifiez le débit en bauds et que la carte exécute le firmware TinyDeploy.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the board runs TinyDeploy firmware and is on this port; reset it and try again. For long models, raise the run timeout.</source>
        <translation>Vérifiez que la carte exécute le firmware TinyDeploy et qu'elle est sur ce port ; réinitialisez-la et réessayez. Pour les modèles longs, augmentez le délai d'exécution.</translation>
    </message>
    <message>
        <location filename="../src/core/device/devicesession.cpp" line="+368" />
        <source>The device reported %1: %2</source>
        <translation>L'appareil a signalé %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/device/deviceerrors.cpp" line="+36" />
        <source>The device answered %1 with an unexpected %2 frame.</source>
        <translation>L'appareil a répondu à %1 par une trame %2 inattendue.</translation>
    </message>
    <message>
        <location line="-131" />
        <source>The firmware may speak another version of the device protocol: rebuild and flash it with this version's templates.</source>
        <translation>Le firmware parle peut-être une autre version du protocole de l'appareil : recompilez-le et flashez-le avec les modèles de projet de cette version.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Bytes were lost or corrupted on the way to the device: check the cable and the baud rate, then try again.</source>
        <translation>Des octets ont été perdus ou altérés en route vers l'appareil : vérifiez le câble et le débit en bauds, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The firmware was built for another model: rebuild and flash it for this model.</source>
        <translation>Le firmware a été compilé pour un autre modèle : recompilez-le et flashez-le pour ce modèle.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model could not initialize on the device (for example, too little workspace memory): check the build log and the board's RAM.</source>
        <translation>Le modèle n'a pas pu s'initialiser sur l'appareil (par exemple, trop peu de mémoire de travail) : consultez le journal de compilation et la RAM de la carte.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>The model's code returned an error on the device: check that the inputs are valid for the model and that the build is for this board.</source>
        <translation>Le code du modèle a renvoyé une erreur sur l'appareil : vérifiez que les entrées sont valides pour le modèle et que la compilation vise cette carte.</translation>
    </message>
    <message>
        <location line="+137" />
        <source>The device reported an error: %1.</source>
        <translation>L'appareil a signalé une erreur : %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>device error %1 (%2)</source>
        <translation>erreur de l'appareil %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%n frame(s) from the device failed the CRC check and were lost.</source>
        <translation>
            <numerusform>%n trame de l'appareil a échoué au contrôle CRC et a été perdue.</numerusform>
            <numerusform>%n trames de l'appareil ont échoué au contrôle CRC et ont été perdues.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the cable and the baud rate (the line is noisy), then try again.</source>
        <translation>Vérifiez le câble et le débit en bauds (la liaison est perturbée), puis réessayez.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device acknowledged %1 bytes of input %2, but %3 bytes of input %4 were sent.</source>
        <translation>L'appareil a acquitté %1 octets de l'entrée %2, mais %3 octets de l'entrée %4 ont été envoyés.</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Try again; if it persists, rebuild and flash the firmware.</source>
        <translation>Réessayez ; si cela persiste, recompilez et flashez le firmware.</translation>
    </message>
    <message>
        <location filename="../src/core/device/devicesession.cpp" line="+118" />
        <source>The device sent timings for runs %1 to %2, but %3 of %4 runs were already reported.</source>
        <translation>L'appareil a envoyé les durées des exécutions %1 à %2, mais %3 exécutions sur %4 étaient déjà signalées.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The device sent bytes %1 to %2 of output %3, which does not fit what was expected next (output %4 from byte %5).</source>
        <translation>L'appareil a envoyé les octets %1 à %2 de la sortie %3, alors que la suite attendue était la sortie %4 à partir de l'octet %5.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>status %1</source>
        <translation>état %1</translation>
    </message>
    <message>
        <location filename="../src/core/device/deviceerrors.cpp" line="+32" />
        <source>The model failed on the device: %1.</source>
        <translation>Le modèle a échoué sur l'appareil : %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>status %1 after %2 successful runs</source>
        <translation>état %1 après %2 exécutions réussies</translation>
    </message>
    <message>
        <location filename="../src/core/device/devicesession.cpp" line="+12" />
        <source>The device finished after %1 of %2 runs, with %3 timings and %4 output bytes missing.</source>
        <translation>L'appareil s'est arrêté après %1 exécutions sur %2 ; il manque %3 durées et %4 octets de sortie.</translation>
    </message>
    <message>
        <location filename="../src/core/device/messages.cpp" line="-382" />
        <source>The firmware and TinyDeploy may speak different versions of the device protocol: rebuild and flash the firmware with this version's templates.</source>
        <translation>Le firmware et TinyDeploy parlent peut-être des versions différentes du protocole de l'appareil : recompilez et flashez le firmware avec les modèles de projet de cette version.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source> … (%n bytes in all)</source>
        <translation>
            <numerusform> … (%n octet au total)</numerusform>
            <numerusform> … (%n octets au total)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>payload: %1</source>
        <translation>charge utile : %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The %1 message from the device has text that is not valid UTF-8 in %2.</source>
        <translation>Le message %1 de l'appareil contient du texte qui n'est pas de l'UTF-8 valide dans %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>The %1 message has %n unexpected byte(s) after its last field.</source>
        <translation>
            <numerusform>Le message %1 a %n octet inattendu après son dernier champ.</numerusform>
            <numerusform>Le message %1 a %n octets inattendus après son dernier champ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>The %1 message is too short: it ends inside %2 (%n byte(s) in all).</source>
        <translation>
            <numerusform>Le message %1 est trop court : il se termine au milieu de %2 (%n octet au total).</numerusform>
            <numerusform>Le message %1 est trop court : il se termine au milieu de %2 (%n octets au total).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69" />
        <source>The device announces tensor '%1' with the unknown dtype code %2 (known: 0 int, 1 uint, 2 float, 4 bfloat).</source>
        <translation>L'appareil annonce le tenseur « %1 » avec le code de type inconnu %2 (connus : 0 int, 1 uint, 2 float, 4 bfloat).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device announces tensor '%1' with %2-bit elements; only 1, 8, 16, 32 and 64 bits are possible.</source>
        <translation>L'appareil annonce le tenseur « %1 » avec des éléments de %2 bits ; seuls 1, 8, 16, 32 et 64 bits sont possibles.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device announces tensor '%1' with %2 dimensions; at most %3 are possible.</source>
        <translation>L'appareil annonce le tenseur « %1 » avec %2 dimensions ; au plus %3 sont possibles.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The device announces tensor '%1' with the negative dimension %2.</source>
        <translation>L'appareil annonce le tenseur « %1 » avec la dimension négative %2.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The device announces tensor '%1' (%2, shape [%3]) with %4 bytes; the shape needs %5.</source>
        <translation>L'appareil annonce le tenseur « %1 » (%2, forme [%3]) avec %4 octets ; la forme en demande %5.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The device speaks version %1 of the device protocol; this TinyDeploy speaks version %2.</source>
        <translation>L'appareil parle la version %1 du protocole de l'appareil ; ce TinyDeploy parle la version %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rebuild and flash the firmware with the templates of this TinyDeploy, or update TinyDeploy.</source>
        <translation>Recompilez et flashez le firmware avec les modèles de projet de ce TinyDeploy, ou mettez TinyDeploy à jour.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The device announces a maximum payload of %1 bytes; the protocol needs at least %2.</source>
        <translation>L'appareil annonce une charge utile maximale de %1 octets ; le protocole en demande au moins %2.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The device announces %1 inputs and %2 outputs; at most %3 of each are possible.</source>
        <translation>L'appareil annonce %1 entrées et %2 sorties ; au plus %3 de chaque sont possibles.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The %1 message carries no data.</source>
        <translation>Le message %1 ne contient aucune donnée.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The TIMING message announces %1 runs but carries %2 bytes of latencies; each run takes %3.</source>
        <translation>Le message TIMING annonce %1 exécutions mais contient %2 octets de latences ; chaque exécution en occupe %3.</translation>
    </message>
    <message>
        <location filename="../src/core/device/serialportlink.cpp" line="+40" />
        <source>%1 (%2 baud)</source>
        <translation>%1 (%2 bauds)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The serial port %1 does not accept %2 baud, 8N1: %3.</source>
        <translation>Le port série %1 n'accepte pas %2 bauds, 8N1 : %3.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose a baud rate the board supports (the template's default is 115200).</source>
        <translation>Choisissez un débit en bauds pris en charge par la carte (celui du modèle de projet est 115200 par défaut).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The serial port %1 does not exist.</source>
        <translation>Le port série %1 n'existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the board is plugged in and choose its port (USB boards appear as /dev/ttyACM* or /dev/ttyUSB*). An emulated board's port exists only while it runs.</source>
        <translation>Vérifiez que la carte est branchée et choisissez son port (les cartes USB apparaissent comme /dev/ttyACM* ou /dev/ttyUSB*). Le port d'une carte émulée n'existe que pendant son exécution.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Permission denied opening the serial port %1.</source>
        <translation>Permission refusée à l'ouverture du port série %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add your user to the dialout group (sudo usermod -aG dialout $USER), then log out and back in.</source>
        <translation>Ajoutez votre utilisateur au groupe dialout (sudo usermod -aG dialout $USER), puis déconnectez-vous et reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The serial port %1 is busy: another program has it open.</source>
        <translation>Le port série %1 est occupé : un autre programme l'a ouvert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close the other program that uses %1 (a serial monitor, another TinyDeploy, ModemManager) and try again.</source>
        <translation>Fermez l'autre programme qui utilise %1 (un moniteur série, un autre TinyDeploy, ModemManager) et réessayez.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not open the serial port %1: %2.</source>
        <translation>Impossible d'ouvrir le port série %1 : %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the port name and that the board is connected.</source>
        <translation>Vérifiez le nom du port et que la carte est connectée.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The serial port %1 is not open.</source>
        <translation>Le port série %1 n'est pas ouvert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not write to the serial port %1: %2.</source>
        <translation>Impossible d'écrire sur le port série %1 : %2.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the port was closed at the other end</source>
        <translation>le port a été fermé à l'autre bout</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device disconnected (%1).</source>
        <translation>L'appareil s'est déconnecté (%1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the cable, or whether the board reset or the emulator or host runner exited; then connect again.</source>
        <translation>Vérifiez le câble, ou si la carte a redémarré ou si l'émulateur ou le programme hôte s'est arrêté ; puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../src/core/device/portdiscovery.cpp" line="+36" />
        <location line="+209" />
        <source>serial %1</source>
        <translation>n° de série %1</translation>
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
        <translation>Le système ne signale aucun port série.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial ports seen:</source>
        <translation>Ports série détectés :</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Plug in the USB cable at the connector marked ST-LINK (some USB cables only charge).</source>
        <translation>Branchez le câble USB sur le connecteur marqué ST-LINK (certains câbles USB ne font que charger).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plug the board in at its DAPLink USB connector with a data cable (some USB cables only charge).</source>
        <translation>Branchez la carte par son connecteur USB DAPLink avec un câble de données (certains câbles USB ne font que charger).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plug the board in with a data cable (some USB cables only charge).</source>
        <translation>Branchez la carte avec un câble de données (certains câbles USB ne font que charger).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Then check the udev rules (Debian's openocd package installs them for ST-LINK and DAPLink probes) and that you are in the dialout group. If the port appears and vanishes at once, the brltty service took it (sudo apt remove brltty).</source>
        <translation>Vérifiez ensuite les règles udev (le paquet openocd de Debian les installe pour les sondes ST-LINK et DAPLink) et que vous êtes dans le groupe dialout. Si le port apparaît puis disparaît aussitôt, le service brltty se l'est approprié (sudo apt remove brltty).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the port with --port (tinydeploy-cli) or choose it in the port list.</source>
        <translation>Indiquez le port avec --port (tinydeploy-cli) ou choisissez-le dans la liste des ports.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 is gone: the board with serial number %2 is now %3.</source>
        <translation>%1 a disparu : la carte de numéro de série %2 est maintenant %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The serial port %1 is not there, and no port has the serial number %2 of %3.</source>
        <translation>Le port série %1 est absent, et aucun port n'a le numéro de série %2 de %3.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The serial port %1 belongs to another board (serial number %2), not to %3 with serial number %4.</source>
        <translation>Le port série %1 appartient à une autre carte (numéro de série %2), pas à %3 de numéro de série %4.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>That board is on %1 now: use that port.</source>
        <translation>Cette carte est maintenant sur %1 : utilisez ce port.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the port of the board you mean, or give its serial number.</source>
        <translation>Choisissez le port de la carte voulue, ou indiquez son numéro de série.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Choose the port of %1, or plug it in.</source>
        <translation>Choisissez le port de %1, ou branchez la carte.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The ports of %1: %2.</source>
        <translation>Les ports de %1 : %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The serial port %1 belongs to another device (USB %2), not to %3 (USB %4).</source>
        <translation>Le port série %1 appartient à un autre appareil (USB %2), pas à %3 (USB %4).</translation>
    </message>
    <message>
        <location line="+94" />
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Ports that look like %1 but have another serial number: %2. Check the serial number, or choose one of them.</source>
        <translation>Ports qui ressemblent à %1 mais ont un autre numéro de série : %2. Vérifiez le numéro de série, ou choisissez-en un.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No serial port has the serial number %1 of %2: the board is not plugged in.</source>
        <translation>Aucun port série n'a le numéro de série %1 de %2 : la carte n'est pas branchée.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 declares no USB serial port (VCP) that TinyDeploy can recognise, and no port was given.</source>
        <translation>%1 ne déclare aucun port série USB (VCP) que TinyDeploy sache reconnaître, et aucun port n'a été indiqué.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No serial port of %1 is plugged in: none has USB id %2.</source>
        <translation>Aucun port série de %1 n'est branché : aucun n'a l'identifiant USB %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Several serial ports look like %1, and none was chosen: %2.</source>
        <translation>Plusieurs ports série ressemblent à %1, et aucun n'a été choisi : %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose one: give --port, or the serial_number option with the board's serial number (tinydeploy-cli), or choose it in the port list.</source>
        <translation>Choisissez-en un : indiquez --port, ou l'option serial_number avec le numéro de série de la carte (tinydeploy-cli), ou choisissez-le dans la liste des ports.</translation>
    </message>
    <message>
        <location filename="../src/core/device/framedrunner.cpp" line="+44" />
        <source>TinyDeploy protocol</source>
        <translation>protocole TinyDeploy</translation>
    </message>
    <message>
        <location filename="../src/core/device/portdoctor.cpp" line="-214" />
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plug the board in (with a data cable), or choose the port it has now: boards get a new name when they are plugged in again.</source>
        <translation>Branchez la carte (avec un câble de données) ou choisissez le port qu'elle a maintenant : une carte reçoit un nouveau nom à chaque rebranchement.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 can be opened.</source>
        <translation>%1 peut être ouvert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mode %1</source>
        <translation>mode %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>You may not open %1: it belongs to the group %2, and you are not in it.</source>
        <translation>Vous n'avez pas le droit d'ouvrir %1 : il appartient au groupe %2, dont vous ne faites pas partie.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>mode %1, owner uid %2, group %3 (gid %4)</source>
        <translation>mode %1, UID du propriétaire %2, groupe %3 (GID %4)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>You may not open %1 yet: you were added to the group %2, but this login session started before that.</source>
        <translation>Vous ne pouvez pas encore ouvrir %1 : vous avez été ajouté au groupe %2, mais cette session a commencé avant.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log out and log in again (or restart the computer).</source>
        <translation>Déconnectez-vous puis reconnectez-vous (ou redémarrez l'ordinateur).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its mode gives the group no access: install TinyDeploy's udev rules (they let the logged-in user open the boards it knows), or run sudo chmod 0660 %1 for now.</source>
        <translation>Ses droits ne donnent aucun accès au groupe : installez les règles udev de TinyDeploy (elles permettent à l'utilisateur connecté d'ouvrir les cartes connues) ou, en attendant, exécutez sudo chmod 0660 %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Run: sudo usermod -aG %1 %2, then log out and log in again (the new group applies to new login sessions only).</source>
        <translation>Exécutez sudo usermod -aG %1 %2, puis déconnectez-vous et reconnectez-vous (le nouveau groupe ne s'applique qu'aux nouvelles sessions).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ModemManager has %1 open: it takes the board for a modem.</source>
        <translation>ModemManager a ouvert %1 : il prend la carte pour un modem.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install TinyDeploy's udev rules (they tell ModemManager to leave the boards alone) and plug the board in again, or run: sudo systemctl disable --now ModemManager.</source>
        <translation>Installez les règles udev de TinyDeploy (elles demandent à ModemManager de laisser les cartes tranquilles) et rebranchez la carte, ou exécutez : sudo systemctl disable --now ModemManager.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+9" />
        <location line="+10" />
        <source>held by %1</source>
        <translation>occupé par %1</translation>
    </message>
    <message>
        <location line="-13" />
        <source>brltty (the braille display driver) has %1 open.</source>
        <translation>brltty (le pilote des afficheurs braille) a ouvert %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+67" />
        <source>If you use no braille display, run: sudo apt remove brltty, then plug the board in again.</source>
        <translation>Si vous n'utilisez pas d'afficheur braille, exécutez : sudo apt remove brltty, puis rebranchez la carte.</translation>
    </message>
    <message>
        <location line="-59" />
        <source>%1 is in use by %2.</source>
        <translation>%1 est utilisé par %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close that program (a serial monitor, another TinyDeploy, an IDE), or end it: kill %1.</source>
        <translation>Fermez ce programme (un moniteur série, une autre instance de TinyDeploy, un IDE) ou arrêtez-le : kill %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ModemManager is running and may open %1 for a few seconds after the board appears, which makes flashing or the first connection fail.</source>
        <translation>ModemManager est en cours d'exécution et peut ouvrir %1 pendant quelques secondes après l'apparition de la carte, ce qui fait échouer le flashage ou la première connexion.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Install TinyDeploy's udev rules (they set ID_MM_DEVICE_IGNORE for the boards it knows), or run: sudo systemctl disable --now ModemManager.</source>
        <translation>Installez les règles udev de TinyDeploy (elles définissent ID_MM_DEVICE_IGNORE pour les cartes connues) ou exécutez : sudo systemctl disable --now ModemManager.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ModemManager runs as %1</source>
        <translation>ModemManager s'exécute en tant que %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The USB serial adapter %1 has no serial port: brltty (the braille display driver) took it.</source>
        <translation>L'adaptateur USB-série %1 n'a pas de port série : brltty (le pilote des afficheurs braille) l'a pris.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>USB device %1</source>
        <translation>Périphérique USB %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is on the USB bus (%2) but has no serial port.</source>
        <translation>%1 est sur le bus USB (%2) mais n'a pas de port série.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The board may be in bootloader (DFU) mode, or its probe's firmware has no serial interface: reset it or update the probe's firmware, and check that the cable is a data cable.</source>
        <translation>La carte est peut-être en mode bootloader (DFU), ou le firmware de sa sonde n'a pas d'interface série : réinitialisez-la ou mettez à jour le firmware de la sonde, et vérifiez que le câble est un câble de données.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>USB device %1, serial number %2</source>
        <translation>Périphérique USB %1, numéro de série %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No serial port, and no board TinyDeploy knows, is on the USB bus.</source>
        <translation>Aucun port série ni aucune carte connue de TinyDeploy n'est sur le bus USB.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plug the board in. If it is plugged in and its lights are on, the cable may carry power only: try another cable (a data cable) and another USB socket.</source>
        <translation>Branchez la carte. Si elle est branchée et que ses voyants sont allumés, le câble ne transporte peut-être que l'alimentation : essayez un autre câble (un câble de données) et une autre prise USB.</translation>
    </message>
    <message numerus="yes">
        <location line="+37" />
        <source>%1 appeared and vanished %n time(s) while TinyDeploy watched.</source>
        <translation>
            <numerusform>%1 est apparu puis a disparu %n fois pendant que TinyDeploy surveillait.</numerusform>
            <numerusform>%1 est apparu puis a disparu %n fois pendant que TinyDeploy surveillait.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The board keeps resetting or the cable is loose: try another cable and another USB socket (not a hub), and check that the board has enough power.</source>
        <translation>La carte redémarre sans cesse ou le câble est mal branché : essayez un autre câble et une autre prise USB (pas un hub), et vérifiez que la carte est assez alimentée.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Format</name>
    <message>
        <location filename="../src/core/util/format.cpp" line="+18" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui</name>
    <message>
        <location filename="../src/gui/wizardcontroller.cpp" line="+119" />
        <source>The sample model is not installed.</source>
        <translation>Le modèle d'exemple n'est pas installé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reinstall TinyDeploy, or open a model archive of your own.</source>
        <translation>Réinstallez TinyDeploy, ou ouvrez votre propre archive de modèle.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Looked in %1.</source>
        <translation>Recherché dans %1.</translation>
    </message>
    <message>
        <source>Looked in %1/../samples and %1/../share/tinydeploy/samples.</source>
        <translation type="vanished">Recherché dans %1/../samples et %1/../share/tinydeploy/samples.</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Module "%1" uses the graph executor: it needs a JSON parser and more memory on the device than the AOT executor, and our templates expect AOT.</source>
        <translation>Le module « %1 » utilise l'exécuteur de graphe : il lui faut un analyseur JSON et plus de mémoire sur l'appareil que l'exécuteur AOT, et nos modèles de projet attendent AOT.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The model was compiled for %1 but the board %2 has a %3: it may not build, or run slower than it could.</source>
        <translation>Le modèle a été compilé pour %1, mais la carte %2 a un %3 : il risque de ne pas compiler, ou de s'exécuter moins vite que possible.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Annulé.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizarddeployment.cpp" line="+75" />
        <source>A deployment is in progress.</source>
        <translation>Un déploiement est en cours.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for it to finish, or cancel it, then press Run Again.</source>
        <translation>Attendez qu'il se termine ou annulez-le, puis appuyez sur « Relancer ».</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The model this project was made from no longer exists.</source>
        <translation>Le modèle à partir duquel ce projet a été créé n'existe plus.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the model archive back, or open the model and deploy it again.</source>
        <translation>Remettez l'archive du modèle en place, ou ouvrez le modèle et déployez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The template %1 of this project is not installed any more.</source>
        <translation>Le modèle de projet %1 de ce projet n'est plus installé.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Install the template again (Settings &gt; Template folders), or deploy the model with another template.</source>
        <translation>Réinstallez le modèle de projet (Paramètres &gt; Dossiers de modèles de projet), ou déployez le modèle avec un autre modèle de projet.</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Flash the device before running the model.</source>
        <translation>Flashez l'appareil avant d'exécuter le modèle.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A run is still in progress.</source>
        <translation>Une exécution est encore en cours.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Connecting to the device was cancelled before the model ran.</source>
        <translation>La connexion à l'appareil a été annulée avant que le modèle ne s'exécute.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Press Retry to deploy again.</source>
        <translation>Appuyez sur Réessayer pour déployer à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizardstep.cpp" line="+18" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build</source>
        <translation>Compiler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash</source>
        <translation>Flasher</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location line="+9" />
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+2" />
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+16" />
        <source>About TinyDeploy</source>
        <translation>À propos de TinyDeploy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Deploys TVM Model Library Format models to microcontrollers through microTVM Project API templates.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Déploie des modèles TVM au Model Library Format sur des microcontrôleurs grâce aux modèles de projet de la Project API de microTVM.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, fonctionne avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&lt;b&gt;Templates:&lt;/b&gt; not checked yet (open the Target step).</source>
        <translation>&lt;b&gt;Modèles de projet :&lt;/b&gt; pas encore vérifiés (ouvrez l'étape Cible).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Templates:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Modèles de projet :&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Templates</source>
        <translation>Modèles de projet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Tools found:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Outils trouvés :&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+44" />
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 (did not say its version)</source>
        <translation>%1 (n'a pas indiqué sa version)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>could not start: %1</source>
        <translation>n'a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::BatchDialog</name>
    <message>
        <location filename="../src/gui/batchdialog.cpp" line="+47" />
        <source>Deploy to Several Boards</source>
        <translation>Déployer sur plusieurs cartes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Flash Several Boards</source>
        <translation>Flasher plusieurs cartes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Flashes the deployment package %1 into several boards, a few at a time, and checks each with the package's samples. Nothing is built. A board that fails keeps its row, with Retry.</source>
        <translation>Flashe le paquet de déploiement %1 sur plusieurs cartes, quelques-unes à la fois, et vérifie chacune avec les exemples du paquet. Rien n'est compilé. Une carte en échec garde sa ligne, avec Réessayer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deploys %1 with %2 to several boards: the project is built once, then each board is flashed and checked, a few at a time. A board that fails keeps its row, with Retry.</source>
        <translation>Déploie %1 avec %2 sur plusieurs cartes : le projet est compilé une seule fois, puis chaque carte est flashée et vérifiée, quelques-unes à la fois. Une carte en échec garde sa ligne, avec « Réessayer ».</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Emulated &amp;boards:</source>
        <translation>Cartes é&amp;mulées :</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Boards:</source>
        <translation>Cartes :</translation>
    </message>
    <message>
        <location line="+6" />
        <source>How many boards are flashed and checked at the same time.</source>
        <translation>Nombre de cartes flashées et vérifiées en même temps.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;At once:</source>
        <translation>&amp;Simultanément :</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Boards of the batch</source>
        <translation>Cartes du lot</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add to Batc&amp;h</source>
        <translation>Ajouter au &amp;lot</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Cancel All</source>
        <translation>&amp;Tout annuler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Deploy to Several Boards…</source>
        <translation>Déployer sur &amp;plusieurs cartes…</translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <source>%n %1 board(s) connected.</source>
        <translation>
            <numerusform>%n carte %1 connectée.</numerusform>
            <numerusform>%n cartes %1 connectées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34" />
        <source>Building the project once…</source>
        <translation>Compilation unique du projet…</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+15" />
        <source>Flashing and checking each board…</source>
        <translation>Flashage et vérification de chaque carte…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry board %1</source>
        <translation>Réessayer la carte %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 of %2 boards passed, %3 failed, %4 cancelled.</source>
        <translation>%1 cartes sur %2 réussies, %3 en échec, %4 annulées.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>New board plugged in, not in this batch: %1.</source>
        <translation>Nouvelle carte branchée, absente de ce lot : %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+10" />
        <source>Export Batch Report</source>
        <translation>Exporter le rapport du lot</translation>
    </message>
    <message>
        <location line="-6" />
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cancelling every board…</source>
        <translation>Annulation de toutes les cartes…</translation>
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
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::BuildProgress</name>
    <message>
        <location filename="../src/gui/buildprogress.cpp" line="+19" />
        <source>Step progress</source>
        <translation>Progression de l'étape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Time since the step started</source>
        <translation>Temps depuis le début de l'étape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elapsed %1</source>
        <translation>%1 écoulé</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::DiagnosticsDialog</name>
    <message>
        <location filename="../src/gui/diagnosticsdialog.cpp" line="+71" />
        <source>Log Categories</source>
        <translation>Catégories de journal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Developer diagnostics: switch on the areas to look into. Their messages appear below; wire dumps can be large.</source>
        <translation>Diagnostic pour les développeurs : activez les domaines à examiner. Leurs messages s'affichent ci-dessous ; les vidages des échanges peuvent être volumineux.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>QT_LOGGING_RULES is set in the environment (%1); its rules take precedence over these switches.</source>
        <translation>QT_LOGGING_RULES est défini dans l'environnement (%1) ; ses règles l'emportent sur ces commutateurs.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Captured messages</source>
        <translation>Messages capturés</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Plugins (loaded when a page needs them):</source>
        <translation>Extensions (chargées quand une page en a besoin) :</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Plugins</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Plugin folders, in search order (TINYDEPLOY_PLUGIN_PATH first):</source>
        <translation>Dossiers d'extensions, dans l'ordre de recherche (TINYDEPLOY_PLUGIN_PATH d'abord) :</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  %1 (does not exist)</source>
        <translation>  %1 (n'existe pas)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+15" />
        <source>  (none)</source>
        <translation>  (aucun)</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Plugins found:</source>
        <translation>Extensions trouvées :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  %1 %2 (%3): %4</source>
        <translation>  %1 %2 (%3) : %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>built into the application</source>
        <translation>intégrée à l'application</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No plugin manager in this program.</source>
        <translation>Ce programme n'a pas de gestionnaire d'extensions.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::DrawingCanvas</name>
    <message>
        <location filename="../src/gui/drawingcanvas.cpp" line="+27" />
        <source>Drawing area</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draw a digit with the mouse, a finger or a pen. Delete or Backspace clears it.</source>
        <translation>Dessinez un chiffre avec la souris, un doigt ou un stylet. Delete ou Backspace l'efface.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a digit here; it is sent to the device as you lift the pen.</source>
        <translation>Dessinez un chiffre ici ; il est envoyé à l'appareil dès que vous levez le stylet.</translation>
    </message>
    <message>
        <location filename="../src/gui/strokeraster.cpp" line="+131" />
        <source>This model's input is not a small grey picture, so it cannot be drawn.</source>
        <translation>L'entrée de ce modèle n'est pas une petite image en niveaux de gris : elle ne peut donc pas être dessinée.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a sample input or a file instead.</source>
        <translation>Choisissez plutôt une entrée d'exemple ou un fichier.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::DrawingPanel</name>
    <message>
        <location filename="../src/gui/drawingcanvas.cpp" line="+202" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear the drawing</source>
        <translation>Effacer le dessin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the drawing (Delete)</source>
        <translation>Effacer le dessin (Delete)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a digit; the device answers as you lift the pen.</source>
        <translation>Dessinez un chiffre ; l'appareil répond dès que vous levez le stylet.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ErrorPanel</name>
    <message>
        <location filename="../src/gui/errorpanel.cpp" line="+30" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+44" />
        <source>Show Detai&amp;ls</source>
        <translation>Affic&amp;her les détails</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hide Detai&amp;ls</source>
        <translation>Mas&amp;quer les détails</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="vanished">Afficher les &amp;détails</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Show error details</source>
        <translation>Afficher les détails de l'erreur</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Error details</source>
        <translation>Détails de l'erreur</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation type="vanished">Masquer les &amp;détails</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::FitCheckWidget</name>
    <message>
        <location filename="../src/gui/fitcheckwidget.cpp" line="+37" />
        <source>Fit check result</source>
        <translation>Résultat de la vérification de taille</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Flash use</source>
        <translation>Occupation de la flash</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+0" />
        <source>RAM use</source>
        <translation>Occupation de la RAM</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How the sizes were estimated</source>
        <translation>Comment les tailles ont été estimées</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+75" />
        <location line="+5" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-75" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 over</source>
        <translation>%1 de trop</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The model does not fit on %1: not enough flash and RAM.</source>
        <translation>Le modèle ne tient pas sur %1 : pas assez de flash ni de RAM.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The model does not fit on %1: not enough flash.</source>
        <translation>Le modèle ne tient pas sur %1 : pas assez de flash.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The model does not fit on %1: not enough RAM.</source>
        <translation>Le modèle ne tient pas sur %1 : pas assez de RAM.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model fits on %1.</source>
        <translation>Le modèle tient sur %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot tell whether the model fits on %1: the board does not declare all its memory.</source>
        <translation>Impossible de dire si le modèle tient sur %1 : la carte ne déclare pas toute sa mémoire.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose a model and a board to see whether the model fits.</source>
        <translation>Choisissez un modèle et une carte pour savoir si le modèle tient.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::FlashPage</name>
    <message>
        <location filename="../src/gui/flashpage.cpp" line="+30" />
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Terminé.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Done.&lt;/b&gt; The device answers on %1.</source>
        <translation>&lt;b&gt;Terminé.&lt;/b&gt; L'appareil répond sur %1.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::HistoryDialog</name>
    <message>
        <location filename="../src/gui/historydialog.cpp" line="+57" />
        <source>Deployment History</source>
        <translation>Historique des déploiements</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement / accuracy</source>
        <translation>Concordance / précision</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Part of the model's name</source>
        <translation>Partie du nom du modèle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Part of the board's name</source>
        <translation>Partie du nom de la carte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any result</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Since</source>
        <translation>&amp;Depuis</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Board:</source>
        <translation>&amp;Carte :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Deployment records</source>
        <translation>Enregistrements de déploiement</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run &amp;Again</source>
        <translation>Re&amp;lancer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the model again on the board of this record, without building or flashing anything</source>
        <translation>Exécuter à nouveau le modèle sur la carte de cet enregistrement, sans rien compiler ni flasher</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location line="+50" />
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Reading the records…</source>
        <translation>Lecture des enregistrements…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 during %2</source>
        <translation>%1 pendant %2</translation>
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
            <numerusform>%n enregistrement.</numerusform>
            <numerusform>%n enregistrements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n record(s). Not readable: %1</source>
        <translation>
            <numerusform>%n enregistrement. Illisibles : %1</numerusform>
            <numerusform>%n enregistrements. Illisibles : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49" />
        <source>Running %1 again.</source>
        <translation>Nouvelle exécution de %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running %1 again. %2</source>
        <translation>Nouvelle exécution de %1. %2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Record %1</source>
        <translation>Enregistrement %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open Logs &amp;Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Delete Record</source>
        <translation>Supprimer l'enregistrement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the record of %1 (%2)? Its logs, results and the project inside it are removed.</source>
        <translation>Supprimer l'enregistrement de %1 (%2) ? Ses journaux, ses résultats et le projet qu'il contient seront supprimés.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>No record is selected.</source>
        <translation>Aucun enregistrement n'est sélectionné.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+2" />
        <source>HTML report (*.html);;JSON report (*.json)</source>
        <translation>Rapport HTML (*.html);;Rapport JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::HistoryScan</name>
    <message>
        <location filename="../src/gui/historyscan.cpp" line="+83" />
        <source>The deployment of %1 was interrupted during %2.</source>
        <translation>Le déploiement de %1 a été interrompu pendant %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>See View &gt; History (%n interrupted).</source>
        <translation>
            <numerusform>Voir Affichage &gt; Historique (%n interrompu).</numerusform>
            <numerusform>Voir Affichage &gt; Historique (%n interrompus).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::KioskActions</name>
    <message>
        <location filename="../src/gui/kioskactions.cpp" line="+30" />
        <source>Save as K&amp;iosk Configuration…</source>
        <translation>Enregistrer comme configuration de k&amp;iosque…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A file for "tinydeploy --kiosk": one big Deploy button for students, with this model, template, board and options.</source>
        <translation>Un fichier pour « tinydeploy --kiosk » : un grand bouton Déployer pour les élèves, avec ce modèle, ce modèle de projet, cette carte et ces options.</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+12" />
        <source>Save as Kiosk Configuration</source>
        <translation>Enregistrer comme configuration de kiosque</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Kiosk configurations (*.tdkiosk)</source>
        <translation>Configurations de kiosque (*.tdkiosk)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Wrote %1. Start the kiosk with: tinydeploy --kiosk %1</source>
        <translation>%1 écrit. Lancez le kiosque avec : tinydeploy --kiosk %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::KioskWindow</name>
    <message>
        <location filename="../src/gui/kiosk/kioskcontroller.cpp" line="+38" />
        <source>Press Deploy first.</source>
        <translation>Appuyez d'abord sur « Déployer ».</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Plug in the board the package is for.</source>
        <translation>Branchez la carte à laquelle le paquet est destiné.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This computer runs the model itself: no board to plug in.</source>
        <translation>Cet ordinateur exécute lui-même le modèle : aucune carte à brancher.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emulated board (%1): always ready.</source>
        <translation>Carte émulée (%1) : toujours prête.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Plug in a board: %1.</source>
        <translation>Branchez une carte : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n boards are plugged in: unplug all but one.</source>
        <translation>
            <numerusform>%n carte est branchée : débranchez-les toutes sauf une.</numerusform>
            <numerusform>%n cartes sont branchées : débranchez-les toutes sauf une.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Board ready: %1 on %2.</source>
        <translation>Carte prête : %1 sur %2.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The deployment was cancelled.</source>
        <translation>Le déploiement a été annulé.</translation>
    </message>
    <message>
        <location filename="../src/gui/kiosk/kioskerrors.cpp" line="+19" />
        <source>The deployment was stopped. Press Deploy to start again.</source>
        <translation>Le déploiement a été arrêté. Appuyez sur « Déployer » pour recommencer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No board was found. Plug in the board with its USB cable, wait a few seconds, then press Deploy.</source>
        <translation>Aucune carte n'a été trouvée. Branchez la carte avec son câble USB, attendez quelques secondes, puis appuyez sur « Déployer ».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The board was unplugged or stopped answering. Plug it in again, then press Deploy.</source>
        <translation>La carte a été débranchée ou ne répond plus. Rebranchez-la, puis appuyez sur « Déployer ».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This model is too large for this board. Ask your teacher.</source>
        <translation>Ce modèle est trop grand pour cette carte. Demandez à votre enseignant.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>TinyDeploy is not set up correctly on this computer. Ask your teacher.</source>
        <translation>TinyDeploy n'est pas correctement installé sur cet ordinateur. Demandez à votre enseignant.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+28" />
        <source>This kiosk's configuration cannot be used. Ask your teacher.</source>
        <translation>La configuration de ce kiosque est inutilisable. Demandez à votre enseignant.</translation>
    </message>
    <message>
        <location line="-27" />
        <source>This kiosk's settings do not suit the board. Ask your teacher.</source>
        <translation>Les réglages de ce kiosque ne conviennent pas à la carte. Demandez à votre enseignant.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The model of this kiosk is damaged. Ask your teacher.</source>
        <translation>Le modèle de ce kiosque est endommagé. Demandez à votre enseignant.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The deployment package of this kiosk is damaged or was changed. Ask your teacher for a new one.</source>
        <translation>Le paquet de déploiement de ce kiosque est endommagé ou a été modifié. Demandez-en un nouveau à votre enseignant.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The board did not answer. Unplug it, plug it in again, then press Deploy.</source>
        <translation>La carte n'a pas répondu. Débranchez-la, rebranchez-la, puis appuyez sur « Déployer ».</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The board answered something unexpected. Press its reset button, then press Deploy.</source>
        <translation>La carte a donné une réponse inattendue. Appuyez sur son bouton de réinitialisation, puis sur « Déployer ».</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A file this kiosk needs is missing. Ask your teacher.</source>
        <translation>Un fichier nécessaire à ce kiosque est manquant. Demandez à votre enseignant.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The project for the board could not be prepared. Press Deploy to try again; if it fails again, ask your teacher.</source>
        <translation>Le projet pour la carte n'a pas pu être préparé. Appuyez sur « Déployer » pour réessayer ; en cas de nouvel échec, demandez à votre enseignant.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The program for the board could not be built. Ask your teacher to check this computer.</source>
        <translation>Le programme pour la carte n'a pas pu être compilé. Demandez à votre enseignant de vérifier cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The program could not be copied to the board. Check the USB cable, then press Deploy.</source>
        <translation>Le programme n'a pas pu être copié sur la carte. Vérifiez le câble USB, puis appuyez sur « Déployer ».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>TinyDeploy could not talk to the board. Unplug it, plug it in again, then press Deploy.</source>
        <translation>TinyDeploy n'a pas pu communiquer avec la carte. Débranchez-la, rebranchez-la, puis appuyez sur « Déployer ».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model stopped while running on the board. Press Deploy to try again.</source>
        <translation>Le modèle s'est arrêté pendant son exécution sur la carte. Appuyez sur « Déployer » pour réessayer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Something went wrong. Press Deploy to try again, or ask your teacher.</source>
        <translation>Un problème est survenu. Appuyez sur « Déployer » pour réessayer, ou demandez à votre enseignant.</translation>
    </message>
    <message>
        <location filename="../src/gui/kiosk/kioskwindow.cpp" line="+56" />
        <source>Board</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+4" />
        <location line="+129" />
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <location line="-128" />
        <source>Puts the model on the board and runs it (Enter)</source>
        <translation>Installe le modèle sur la carte et l'exécute (Enter)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The full error, for the teacher</source>
        <translation>L'erreur complète, pour l'enseignant</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Error details</source>
        <translation>Détails de l'erreur</translation>
    </message>
    <message>
        <location line="+96" />
        <source>Deploy Again</source>
        <translation>Déployer à nouveau</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %p%</source>
        <translation>%1 : %p%</translation>
    </message>
    <message>
        <location line="+39" />
        <source>You drew: %1</source>
        <translation>Vous avez dessiné : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The board says: %1</source>
        <translation>La carte indique : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model ran on the board.</source>
        <translation>Le modèle s'est exécuté sur la carte.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>It took %1 µs on this computer.</source>
        <translation>Cela a pris %1 µs sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It took %1 µs on the emulated board.</source>
        <translation>Cela a pris %1 µs sur la carte émulée.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It took %1 µs on the board.</source>
        <translation>Cela a pris %1 µs sur la carte.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stopping the board…</source>
        <translation>Arrêt de la carte…</translation>
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
        <translation type="vanished">Latence par exécution</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Latency (µs)</source>
        <translation>Latence (µs)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency chart</source>
        <translation>Graphique des latences</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Latency statistics</source>
        <translation>Statistiques de latence</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emulated board: cycle counts come from the emulator, not from real silicon.</source>
        <translation>Carte émulée : les nombres de cycles viennent de l'émulateur, pas d'un vrai circuit.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Emulated timing notice</source>
        <translation>Avertissement sur les durées émulées</translation>
    </message>
    <message>
        <location line="+48" />
        <source>its plugin could not make the plot</source>
        <translation>son extension n'a pas pu créer le graphique</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin could not be loaded</source>
        <translation>son extension n'a pas pu être chargée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin does not provide a latency plot</source>
        <translation>son extension ne fournit pas de graphique de latence</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin belongs to another version of TinyDeploy</source>
        <translation>son extension appartient à une autre version de TinyDeploy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin is missing or damaged</source>
        <translation>son extension est absente ou endommagée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin was not found</source>
        <translation>son extension est introuvable</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plugin folders searched (TINYDEPLOY_PLUGIN_PATH first):</source>
        <translation>Dossiers d'extensions parcourus (TINYDEPLOY_PLUGIN_PATH d'abord) :</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  (none)</source>
        <translation>  (aucun)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The latency chart is not available: %1.</source>
        <translation>Le graphique de latence n'est pas disponible : %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency chart not available</source>
        <translation>Graphique de latence indisponible</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reinstall TinyDeploy; the plugin belongs in %1.</source>
        <translation>Réinstallez TinyDeploy ; l'extension doit se trouver dans %1.</translation>
    </message>
    <message>
        <location line="+92" />
        <source>No runs yet.</source>
        <translation>Aucune exécution pour l'instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>min %1 · median %2 · max %3 (%n run(s))</source>
        <translation>
            <numerusform>min %1 · médiane %2 · max %3 (%n exécution)</numerusform>
            <numerusform>min %1 · médiane %2 · max %3 (%n exécutions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::LogModel</name>
    <message>
        <location filename="../src/gui/logstore.cpp" line="+112" />
        <source>Cannot create the log file: %1.</source>
        <translation>Impossible de créer le fichier journal : %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <location filename="../src/gui/logsave.cpp" line="+114" />
        <location filename="../src/gui/logstore.cpp" line="+8" />
        <location line="+132" />
        <source>Cannot read the log file: %1.</source>
        <translation>Impossible de lire le fichier journal : %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/logstore.cpp" line="+2" />
        <source>Check that the file exists and that you may read it.</source>
        <translation>Vérifiez que le fichier existe et que vous pouvez le lire.</translation>
    </message>
    <message>
        <location line="-118" />
        <source>Cannot create a temporary log file: %1.</source>
        <translation>Impossible de créer un fichier journal temporaire : %1.</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+68" />
        <source>Cannot write the log file: %1.</source>
        <translation>Impossible d'écrire le fichier journal : %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Free some disk space; the log shown may be incomplete.</source>
        <translation>Libérez de l'espace disque ; le journal affiché est peut-être incomplet.</translation>
    </message>
    <message>
        <location filename="../src/gui/logmodel.cpp" line="+201" />
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/logsave.cpp" line="-16" />
        <location line="+26" />
        <location line="+8" />
        <location line="+6" />
        <source>Cannot save the log: %1.</source>
        <translation>Impossible d'enregistrer le journal : %1.</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Choose a folder you may write to.</source>
        <translation>Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+8" />
        <source>Check the free disk space.</source>
        <translation>Vérifiez l'espace disque libre.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::LogView</name>
    <message>
        <location filename="../src/gui/logview.cpp" line="+53" />
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Search the log (Ctrl+F)</source>
        <translation>Rechercher dans le journal (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find the next line containing the text (F3)</source>
        <translation>Rechercher la ligne suivante contenant le texte (F3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find the previous line containing the text (Shift+F3)</source>
        <translation>Rechercher la ligne précédente contenant le texte (Maj+F3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>F&amp;ollow</source>
        <translation>S&amp;uivre</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep the newest line in view</source>
        <translation>Garder la ligne la plus récente visible</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Times</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show when each line arrived</source>
        <translation>Afficher l'heure d'arrivée de chaque ligne</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Copier les lignes sélectionnées (Ctrl+C)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Save As...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the whole log to a file</source>
        <translation>Enregistrer tout le journal dans un fichier</translation>
    </message>
    <message>
        <location line="+5" />
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty the view; the log file keeps every line</source>
        <translation>Vider la vue ; le fichier journal garde toutes les lignes</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Log status</source>
        <translation>État du journal</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Saved the log to %1.</source>
        <translation>Journal enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+60" />
        <location line="+31" />
        <source>No line contains "%1".</source>
        <translation>Aucune ligne ne contient « %1 ».</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Searching...</source>
        <translation>Recherche...</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Save Log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log files (*.log *.txt)</source>
        <translation>Fichiers journaux (*.log *.txt)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saving...</source>
        <translation>Enregistrement...</translation>
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
        <translation type="vanished">&lt;h2&gt;Mettre un modèle entraîné sur un microcontrôleur&lt;/h2&gt;&lt;p&gt;Ouvrez une archive TVM au Model Library Format (.tar, .tar.gz, .tar.xz) ou un dossier d'archive extrait pour voir ce qu'il contient. Vous pouvez aussi le déposer sur cette fenêtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="+43" />
        <source>&amp;Open Model Archive…</source>
        <translation>&amp;Ouvrir une archive de modèle…</translation>
    </message>
    <message>
        <source>Open model archive</source>
        <translation type="vanished">Ouvrir une archive de modèle</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation type="vanished">Lecture de l'archive</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Annuler</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Annulé.</translation>
    </message>
    <message>
        <source>Open Another Archive…</source>
        <translation type="vanished">Ouvrir une autre archive…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+88" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="-1" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="vanished">&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="-85" />
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+26" />
        <location filename="../src/gui/mainwindowmenus.cpp" line="+31" />
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the previous step</source>
        <translation>Revenir à l'étape précédente</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/gui/mainwindowmenus.cpp" line="+86" />
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/gui/mainwindowmenus.cpp" line="+2" />
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="-116" />
        <source>&amp;Try the Sample Model</source>
        <translation>Essayer le modèle d'e&amp;xemple</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Save Log…</source>
        <translation>&amp;Enregistrer le journal…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close Model</source>
        <translation>&amp;Fermer le modèle</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>De&amp;ploy</source>
        <translation>Dép&amp;loiement</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Run Con&amp;tinuously</source>
        <translation>Exécuter en &amp;continu</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Language and &amp;Settings…</source>
        <translation>&amp;Langue et paramètres…</translation>
    </message>
    <message>
        <location line="+50" />
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <location line="-89" />
        <source>&amp;Next / Deploy</source>
        <translation>&amp;Suivant / Déployer</translation>
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
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Run &amp;Once</source>
        <translation>Exécuter &amp;une fois</translation>
    </message>
    <message>
        <source>Run &amp;Continuously</source>
        <translation type="vanished">Exécuter en &amp;continu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Log Categories…</source>
        <translation>&amp;Catégories de journal…</translation>
    </message>
    <message>
        <source>&amp;Language and Settings…</source>
        <translation type="vanished">&amp;Langue et paramètres…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About TinyDeploy</source>
        <translation>À &amp;propos de TinyDeploy</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>Étape %1 : %2, %3</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="+26" />
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+33" />
        <source>Open Model Archive</source>
        <translation>Ouvrir une archive de modèle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model Library Format archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;Metadata of an extracted archive (metadata.json);;All files (*)</source>
        <translation>Archives au Model Library Format (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;Métadonnées d'une archive extraite (metadata.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Stopping the device…</source>
        <translation>Arrêt de l'appareil…</translation>
    </message>
    <message>
        <location line="-285" />
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="vanished">Impossible d'ouvrir %1</translation>
    </message>
    <message>
        <location line="+258" />
        <source>Clear Menu</source>
        <translation>Vider le menu</translation>
    </message>
    <message>
        <source>About TinyDeploy</source>
        <translation type="vanished">À propos de TinyDeploy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Deploys TVM Model Library Format models to microcontrollers through microTVM Project API templates.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Déploie des modèles TVM au Model Library Format sur des microcontrôleurs grâce aux modèles de projet de la Project API de microTVM.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, fonctionne avec Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ModelPage</name>
    <message>
        <location filename="../src/gui/modelpage.cpp" line="+48" />
        <source>No recent models</source>
        <translation>Aucun modèle récent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Recent models…</source>
        <translation>Modèles récents…</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
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
        <translation>Exécuteur de graphe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none (operator library)</source>
        <translation>aucun (bibliothèque d'opérateurs)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>(no module)</source>
        <translation>(aucun module)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2, %3, metadata version %4</source>
        <translation>%1 — %2, %3, version des métadonnées %4</translation>
    </message>
    <message>
        <location line="+12" />
        <source>unknown (not recorded)</source>
        <translation>inconnue (non enregistrée)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>none found in the generated C (header declares %1)</source>
        <translation>aucun trouvé dans le C généré (l'en-tête déclare %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+10" />
        <location line="+14" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-21" />
        <source>TVM standalone C runtime included (runtime/)</source>
        <translation>Runtime C autonome de TVM inclus (runtime/)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not included: the template's own runtime support is used</source>
        <translation>non inclus : le modèle de projet utilise son propre runtime</translation>
    </message>
    <message>
        <location line="+1" />
        <source>workspace %1</source>
        <translation>espace de travail %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>constants %1</source>
        <translation>constantes %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>I/O %1</source>
        <translation>E/S %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>parameters file %1</source>
        <translation>fichier de paramètres %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>generated code %1</source>
        <translation>code généré %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>C name: %1</source>
        <translation>Nom C : %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>output</source>
        <translation>sortie</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::OptionsForm</name>
    <message>
        <location filename="../src/gui/optionsform.cpp" line="+75" />
        <source>This template has no options for these steps.</source>
        <translation>Ce modèle de projet n'a pas d'options pour ces étapes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reset all options to their defaults</source>
        <translation>Rétablir toutes les options à leur valeur par défaut</translation>
    </message>
    <message>
        <location line="+103" />
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(choose one)</source>
        <translation>(choisissez)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse for %1</source>
        <translation>Parcourir pour %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>values separated by spaces or commas</source>
        <translation>valeurs séparées par des espaces ou des virgules</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Error for %1</source>
        <translation>Erreur pour %1</translation>
    </message>
    <message>
        <location line="+146" />
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::OutputsView</name>
    <message>
        <location filename="../src/gui/outputsview.cpp" line="+34" />
        <source>Output name</source>
        <translation>Nom de la sortie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Top classes</source>
        <translation>Meilleures classes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreement with the expected output</source>
        <translation>Concordance avec la sortie attendue</translation>
    </message>
    <message>
        <location line="+34" />
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Output %1 %2</source>
        <translation>Sortie %1 %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 (raw %2)</source>
        <translation>%1 (brut %2)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>✔ Agrees with the expected output (max abs diff %1)</source>
        <translation>✔ Concorde avec la sortie attendue (écart absolu max. %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>✘ Differs from the expected output: max abs diff %1 at index %2, %n value(s) outside the tolerance</source>
        <translation>
            <numerusform>✘ Diffère de la sortie attendue : écart absolu max. %1 à l'indice %2, %n valeur hors tolérance</numerusform>
            <numerusform>✘ Diffère de la sortie attendue : écart absolu max. %1 à l'indice %2, %n valeurs hors tolérance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::PackageActions</name>
    <message>
        <location filename="../src/gui/packageactions.cpp" line="+35" />
        <source>Open &amp;Deployment Package…</source>
        <translation>Ouvrir un &amp;paquet de déploiement…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export Deployment Pac&amp;kage…</source>
        <translation>Expor&amp;ter un paquet de déploiement…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One file with the built firmware, how to flash it and the sample inputs: flash it where no compiler is installed.</source>
        <translation>Un seul fichier avec le firmware compilé, la façon de le flasher et les entrées d'exemple : flashez-le là où aucun compilateur n'est installé.</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+16" />
        <source>Open Deployment Package</source>
        <translation>Ouvrir un paquet de déploiement</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Deployment packages (*.tdpkg);;All files (*)</source>
        <translation>Paquets de déploiement (*.tdpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+17" />
        <source>Export Deployment Package</source>
        <translation>Exporter un paquet de déploiement</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Deployment packages (*.tdpkg)</source>
        <translation>Paquets de déploiement (*.tdpkg)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Wrote the deployment package %1 (%2 for %3).</source>
        <translation>Paquet de déploiement %1 écrit (%2 pour %3).</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::PackageDialog</name>
    <message>
        <location filename="../src/gui/packagedialog.cpp" line="+37" />
        <source>Deployment Package %1</source>
        <translation>Paquet de déploiement %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board:</source>
        <translation>Carte :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (emulated)</source>
        <translation>%1 (émulée)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Template:</source>
        <translation>Modèle de projet :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flasher:</source>
        <translation>Outil de flashage :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample inputs:</source>
        <translation>Entrées d'exemple :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 by TinyDeploy %2</source>
        <translation>%1 par TinyDeploy %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not needed: the emulated board reports it</source>
        <translation>inutile : la carte émulée l'indique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>found by USB id, or e.g. /dev/ttyACM0</source>
        <translation>trouvé par ID USB, ou par ex. /dev/ttyACM0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial &amp;port:</source>
        <translation>&amp;Port série :</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Flash and Run</source>
        <translation>Flasher et &amp;exécuter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash &amp;Several Boards…</source>
        <translation>Flasher plusieurs &amp;cartes…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash this package into several boards at once, a few at a time, and check each with the package's samples.</source>
        <translation>Flasher ce paquet sur plusieurs cartes, quelques-unes à la fois, et vérifier chacune avec les exemples du paquet.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Done: %1 of %2 outputs agree with the expected ones.</source>
        <translation>Terminé : %1 sorties sur %2 concordent avec celles attendues.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Done: the model ran on the device.</source>
        <translation>Terminé : le modèle s'est exécuté sur l'appareil.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Flash Several Boards</source>
        <translation>Flasher plusieurs cartes</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::PortSelector</name>
    <message>
        <location filename="../src/gui/portselector.cpp" line="+33" />
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh the list of serial ports</source>
        <translation>Actualiser la liste des ports série</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Chec&amp;k</source>
        <translation>Vérifi&amp;er</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check why the serial port cannot be used</source>
        <translation>Vérifier pourquoi le port série est inutilisable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finds out why the port cannot be opened (permission, another program, ModemManager, brltty, the cable) and says what to do.</source>
        <translation>Détermine pourquoi le port ne peut pas être ouvert (droits, autre programme, ModemManager, brltty, câble) et indique quoi faire.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Serial port hint</source>
        <translation>Conseil sur le port série</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation type="vanished">n° de série %1</translation>
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
        <translation>Créé au démarrage de la carte</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No serial port found</source>
        <translation>Aucun port série trouvé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a serial port</source>
        <translation>Choisissez un port série</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Emulated board: the port is created when the board starts.</source>
        <translation>Carte émulée : le port est créé au démarrage de la carte.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No serial port found. Plug the board in with a data cable (some USB cables only charge) and wait a moment: this list updates by itself. On Linux, the brltty service can take USB serial adapters away: if the port appears and vanishes at once, remove it (sudo apt remove brltty).</source>
        <translation>Aucun port série trouvé. Branchez la carte avec un câble de données (certains câbles USB ne font que charger) et patientez un instant : cette liste se met à jour toute seule. Sous Linux, le service brltty peut s'approprier les adaptateurs série USB : si le port apparaît puis disparaît aussitôt, supprimez-le (sudo apt remove brltty).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>You may not open %1. Add yourself to the dialout group (sudo usermod -aG dialout $USER), then log out and in again.</source>
        <translation>Vous ne pouvez pas ouvrir %1. Ajoutez-vous au groupe dialout (sudo usermod -aG dialout $USER), puis déconnectez-vous et reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose the one you mean (the serial number tells boards apart).</source>
        <translation>Choisissez celui que vous voulez (le numéro de série distingue les cartes).</translation>
    </message>
    <message>
        <source>None of these ports looks like %1 (USB %2). Choose one, or check the cable.</source>
        <translation type="vanished">Aucun de ces ports ne ressemble à %1 (USB %2). Choisissez-en un, ou vérifiez le câble.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose the port of your board.</source>
        <translation>Choisissez le port de votre carte.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ProfileDialog</name>
    <message>
        <location filename="../src/gui/profiledialog.cpp" line="+19" />
        <source>Timing every operator on the device…</source>
        <translation>Mesure de chaque opérateur sur l'appareil…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operator Profile</source>
        <translation>Profil des opérateurs</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%n operator(s), %1 µs in total. Click a column to sort.</source>
        <translation>
            <numerusform>%n opérateur, %1 µs au total. Cliquez sur une colonne pour trier.</numerusform>
            <numerusform>%n opérateurs, %1 µs au total. Cliquez sur une colonne pour trier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ProfileModel</name>
    <message>
        <location filename="../src/gui/profilemodel.cpp" line="+32" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mean (µs)</source>
        <translation>Moyenne (µs)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share of the total</source>
        <translation>Part du total</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::RunPage</name>
    <message>
        <location filename="../src/gui/runpage.cpp" line="+122" />
        <source>Connecting to the device…</source>
        <translation>Connexion à l'appareil…</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <source>All sample inputs (%n)</source>
        <translation>
            <numerusform>Toutes les entrées d'exemple (%n)</numerusform>
            <numerusform>Toutes les entrées d'exemple (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sample %1</source>
        <translation>Exemple %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample %1 (a "%2")</source>
        <translation>Exemple %1 (« %2 »)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Random values</source>
        <translation>Valeurs aléatoires</translation>
    </message>
    <message>
        <location line="+8" />
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choose an Input</source>
        <translation>Choisir une entrée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inputs (*.npy *.npz *.bin *.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)</source>
        <translation>Entrées (*.npy *.npz *.bin *.png *.jpg *.jpeg *.bmp *.pgm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Random inputs need a connected device with one input.</source>
        <translation>Les entrées aléatoires nécessitent un appareil connecté avec une seule entrée.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>An image needs a device whose one input is an image.</source>
        <translation>Une image nécessite un appareil dont l'unique entrée est une image.</translation>
    </message>
    <message>
        <location filename="../src/gui/imageinput.cpp" line="+29" />
        <source>Could not read the image.</source>
        <translation>Impossible de lire l'image.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a PNG, JPEG or BMP file.</source>
        <translation>Utilisez un fichier PNG, JPEG ou BMP.</translation>
    </message>
    <message>
        <location filename="../src/gui/runpage.cpp" line="-188" />
        <source>Vali&amp;date…</source>
        <translation>Vali&amp;der…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run a whole data set on the device and compare with the expected outputs or labels.</source>
        <translation>Exécuter tout un jeu de données sur l'appareil et le comparer aux sorties attendues ou aux étiquettes.</translation>
    </message>
    <message>
        <location line="+135" />
        <source>Draw a digit</source>
        <translation>Dessiner un chiffre</translation>
    </message>
    <message>
        <location line="+71" />
        <source>A raw input file needs a connected device with one input.</source>
        <translation>Un fichier d'entrée brut nécessite un appareil connecté avec une seule entrée.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Choose an input first.</source>
        <translation>Choisissez d'abord une entrée.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A drawing needs a connected device.</source>
        <translation>Un dessin nécessite un appareil connecté.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The drawing is empty.</source>
        <translation>Le dessin est vide.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draw a digit in the white square first.</source>
        <translation>Dessinez d'abord un chiffre dans le carré blanc.</translation>
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
        <translation>horloge inconnue</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (emulated: cycle counts are not silicon timing)</source>
        <translation> (émulé : les nombres de cycles ne reflètent pas les temps d'un vrai circuit)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;%1&lt;/b&gt; running &lt;b&gt;%2&lt;/b&gt; (firmware %3, %4)&lt;br&gt;Inputs: %5&lt;br&gt;Outputs: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; exécute &lt;b&gt;%2&lt;/b&gt; (firmware %3, %4)&lt;br&gt;Entrées : %5&lt;br&gt;Sorties : %6</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Entrée &lt;b&gt;%1&lt;/b&gt; : l'appareil prédit &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;, which is right.</source>
        <translation>Entrée &lt;b&gt;%1&lt;/b&gt; : l'appareil prédit &lt;b&gt;%2&lt;/b&gt;, ce qui est juste.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;, but it is %3.</source>
        <translation>Entrée &lt;b&gt;%1&lt;/b&gt; : l'appareil prédit &lt;b&gt;%2&lt;/b&gt;, mais c'est %3.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Outputs agree with the expected ones.</source>
        <translation>Les sorties sont conformes à celles attendues.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outputs differ from the expected ones.</source>
        <translation>Les sorties diffèrent de celles attendues.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Protocol: %1</source>
        <translation>Protocole : %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Profiling needs a host-driven project with the graph executor (microTVM RPC); this one runs %1.</source>
        <translation>Le profilage demande un projet piloté par l'hôte avec l'exécuteur de graphe (RPC microTVM) ; celui-ci utilise %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connect to the device first.</source>
        <translation>Connectez-vous d'abord à l'appareil.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for the run to finish.</source>
        <translation>Attendez la fin de l'exécution.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Times every operator of the model on the device and shows each one's share.</source>
        <translation>Mesure chaque opérateur du modèle sur l'appareil et montre la part de chacun.</translation>
    </message>
    <message>
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="vanished">Entrée &lt;b&gt;%1&lt;/b&gt; : l'appareil prédit &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, which is right.</source>
        <translation type="vanished">, ce qui est juste.</translation>
    </message>
    <message>
        <source>, but it is %1.</source>
        <translation type="vanished">, mais c'est %1.</translation>
    </message>
    <message>
        <source> Outputs agree with the expected ones.</source>
        <translation type="vanished"> Les sorties concordent avec celles attendues.</translation>
    </message>
    <message>
        <source> Outputs differ from the expected ones.</source>
        <translation type="vanished"> Les sorties diffèrent de celles attendues.</translation>
    </message>
    <message numerus="yes">
        <location line="-52" />
        <source>%n run(s), latency min %1 µs, median %2 µs, max %3 µs.</source>
        <translation>
            <numerusform>%n exécution, latence min %1 µs, médiane %2 µs, max %3 µs.</numerusform>
            <numerusform>%n exécutions, latence min %1 µs, médiane %2 µs, max %3 µs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::SerialConsole</name>
    <message>
        <location filename="../src/gui/serialconsole.cpp" line="+42" />
        <source>Device output</source>
        <translation>Sortie de l'appareil</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hold new lines until you resume; they are still logged</source>
        <translation>Retenir les nouvelles lignes jusqu'à la reprise ; elles sont quand même journalisées</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Times</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show when each line arrived</source>
        <translation>Afficher l'heure d'arrivée de chaque ligne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save As...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Console status</source>
        <translation>État de la console</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+53" />
        <source>Cannot write the device log: %1.</source>
        <translation>Impossible d'écrire le journal de l'appareil : %1.</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+141" />
        <source>Choose a folder you may write to.</source>
        <translation>Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message numerus="yes">
        <location line="-78" />
        <source>Paused: %n line(s) waiting</source>
        <translation>
            <numerusform>En pause : %n ligne en attente</numerusform>
            <numerusform>En pause : %n lignes en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+30" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot save the device output: %1.</source>
        <translation>Impossible d'enregistrer la sortie de l'appareil : %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save Device Output</source>
        <translation>Enregistrer la sortie de l'appareil</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="+33" />
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The system's language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new language takes effect the next time TinyDeploy starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de TinyDeploy.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Standalone CRT folder</source>
        <translation>Dossier du runtime C autonome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only needed for archives without runtime/</source>
        <translation>Nécessaire uniquement pour les archives sans runtime/</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse for the standalone CRT folder</source>
        <translation>Rechercher le dossier du runtime C autonome</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Standalone CRT Folder</source>
        <translation>Dossier du runtime C autonome</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Standalone CRT:</source>
        <translation>CRT &amp;autonome :</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Con&amp;firm…</source>
        <translation>&amp;Confirmer…</translation>
    </message>
    <message>
        <source>Standalone &amp;CRT:</source>
        <translation type="vanished">Runtime &amp;C autonome :</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Your template folders</source>
        <translation>Vos dossiers de modèles de projet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>TinyDeploy runs the server program of every template it lists. It runs the ones in these folders only after you confirm them.</source>
        <translation>TinyDeploy exécute le programme serveur de chaque modèle de projet qu'il affiche. Il n'exécute ceux de ces dossiers qu'après votre confirmation.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Template folders</source>
        <translation>Dossiers de modèles de projet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add Folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation type="vanished">Con&amp;firmer…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>%1 (not confirmed: not run)</source>
        <translation>%1 (non confirmé : non exécuté)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add a Template Folder</source>
        <translation>Ajouter un dossier de modèles de projet</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Run Templates from This Folder?</source>
        <translation>Exécuter les modèles de projet de ce dossier ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TinyDeploy will run the template servers in %1 (Python programs) with your permissions. Only confirm folders whose contents you trust.</source>
        <translation>TinyDeploy exécutera les serveurs des modèles de projet de %1 (des programmes Python) avec vos droits. Ne confirmez que des dossiers dont le contenu est digne de confiance.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::StepBinding</name>
    <message>
        <location filename="../src/gui/stepbinding.cpp" line="+75" />
        <source>Waiting for the previous step.</source>
        <translation>En attente de l'étape précédente.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Terminé.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Cancelled.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Annulé.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Échec.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::TargetPage</name>
    <message>
        <location filename="../src/gui/targetpage.cpp" line="+24" />
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tools missing</source>
        <translation>outils manquants</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not confirmed yet (Settings)</source>
        <translation>pas encore confirmé (Paramètres)</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+45" />
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be used.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Looking for templates…</source>
        <translation>Recherche des modèles de projet…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a template on the left.</source>
        <translation>Choisissez un modèle de projet à gauche.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;%1&lt;/b&gt;: some tools are missing:&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : certains outils manquent :&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This template runs on this computer; it has no board to choose.</source>
        <translation>Ce modèle de projet s'exécute sur cet ordinateur ; il n'y a pas de carte à choisir.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ValidateDialog</name>
    <message>
        <location filename="../src/gui/validatedialog.cpp" line="+48" />
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
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
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Validate on the device</source>
        <translation>Valider sur l'appareil</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A data set folder: inputs/ with expected/ or labels.csv, or one folder per class</source>
        <translation>Un dossier de jeu de données : inputs/ avec expected/ ou labels.csv, ou un dossier par classe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Data set:</source>
        <translation>&amp;Jeu de données :</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Max abs error</source>
        <translation>Erreur abs. max.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predicted</source>
        <translation>Prédite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agrees</source>
        <translation>Concorde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency (us)</source>
        <translation>Latence (µs)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rows: the label; columns: the predicted class.</source>
        <translation>Lignes : l'étiquette ; colonnes : la classe prédite.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Samples, worst first</source>
        <translation>Échantillons, les pires d'abord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Choose the data set folder</source>
        <translation>Choisir le dossier du jeu de données</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The device is not connected: run the model once first.</source>
        <translation>L'appareil n'est pas connecté : exécutez d'abord le modèle une fois.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Validating %1 against its %2.</source>
        <translation>Validation de %1 par rapport à ses %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected outputs</source>
        <translation>sorties attendues</translation>
    </message>
    <message>
        <location line="+1" />
        <source>labels</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 of %2 samples.</source>
        <translation>%1 échantillons sur %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output %1: max abs error %2, RMSE %3, cosine %4</source>
        <translation>Sortie %1 : erreur abs. max. %2, RMSE %3, cosinus %4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Top-1 agreement %1, top-%2 agreement %3, accuracy %4</source>
        <translation>Concordance top-1 %1, concordance top-%2 %3, exactitude %4</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Latency: min %1 us, median %2 us, p95 %3 us, max %4 us</source>
        <translation>Latence : min %1 µs, médiane %2 µs, p95 %3 µs, max %4 µs</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cancelled; the record keeps what was done.</source>
        <translation>Annulé ; l'enregistrement garde ce qui a été fait.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::History</name>
    <message>
        <location filename="../src/core/history/recordsummary.cpp" line="+53" />
        <source>The record may have been edited by hand or written by another version of TinyDeploy: fix or delete the record folder.</source>
        <translation>L'enregistrement a peut-être été modifié à la main ou écrit par une autre version de TinyDeploy : corrigez ou supprimez le dossier de l'enregistrement.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot read the deployment record.</source>
        <translation>Impossible de lire l'enregistrement de déploiement.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the file is readable.</source>
        <translation>Vérifiez que le fichier est lisible.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The record file is too large (%1 bytes).</source>
        <translation>Le fichier d'enregistrement est trop volumineux (%1 octets).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The record file is not valid JSON: %1 at byte %2.</source>
        <translation>Le fichier d'enregistrement n'est pas un JSON valide : %1 à l'octet %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The record file does not hold a JSON object.</source>
        <translation>Le fichier d'enregistrement ne contient pas d'objet JSON.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 % accuracy</source>
        <translation>précision de %1 %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 % top-1 agreement</source>
        <translation>concordance top-1 de %1 %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1/%2 agree</source>
        <translation>%1/%2 concordent</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This folder is not a deployment record: it has no deployment.json.</source>
        <translation>Ce dossier n'est pas un enregistrement de déploiement : il ne contient pas de deployment.json.</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../src/core/history/recordindex.cpp" line="+115" />
        <source>Give a record folder (tinydeploy-cli history lists them).</source>
        <translation>Indiquez un dossier d'enregistrement (tinydeploy-cli history les liste).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The record has no format_version.</source>
        <translation>L'enregistrement n'a pas de format_version.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record was written by a newer TinyDeploy (record format %1; this version reads %2).</source>
        <translation>L'enregistrement a été écrit par une version plus récente de TinyDeploy (format %1 ; cette version lit le format %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open it with the TinyDeploy version that wrote it (%1).</source>
        <translation>Ouvrez-le avec la version de TinyDeploy qui l'a écrit (%1).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The record has no "%1" text.</source>
        <translation>L'enregistrement n'a pas de texte « %1 ».</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The record's "created" is not a date: %1.</source>
        <translation>Le champ « created » de l'enregistrement n'est pas une date : %1.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The record's state "%1" is not one TinyDeploy writes.</source>
        <translation>L'état « %1 » de l'enregistrement n'est pas un état écrit par TinyDeploy.</translation>
    </message>
    <message>
        <location filename="../src/core/history/recordindex.cpp" line="-12" />
        <source>No deployment record is called "%1".</source>
        <translation>Aucun enregistrement de déploiement ne s'appelle « %1 ».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give a record folder, or a name that "tinydeploy-cli history" lists.</source>
        <translation>Indiquez un dossier d'enregistrement ou un nom listé par « tinydeploy-cli history ».</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This folder is not a deployment record: it was not deleted.</source>
        <translation>Ce dossier n'est pas un enregistrement de déploiement : il n'a pas été supprimé.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The record folder could not be deleted completely.</source>
        <translation>Le dossier de l'enregistrement n'a pas pu être entièrement supprimé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that its files are not in use and that you may delete them.</source>
        <translation>Vérifiez que ses fichiers ne sont pas utilisés et que vous avez le droit de les supprimer.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" is not a date.</source>
        <translation>« %1 » n'est pas une date.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write it as 2026-12-03 or 2026-12-03T10:15.</source>
        <translation>Écrivez-la sous la forme 2026-12-03 ou 2026-12-03T10:15.</translation>
    </message>
    <message>
        <location filename="../src/core/history/report.cpp" line="+163" />
        <source>Cannot write the report.</source>
        <translation>Impossible d'écrire le rapport.</translation>
    </message>
    <message>
        <location filename="../src/core/history/reporthtml.cpp" line="+84" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Model file</source>
        <translation>Fichier du modèle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model SHA-256</source>
        <translation>SHA-256 du modèle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Template</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none (emulated board or not reported)</source>
        <translation>aucun (carte émulée ou non communiqué)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+75" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="-73" />
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Firmware size</source>
        <translation>Taille du firmware</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Firmware SHA-256</source>
        <translation>SHA-256 du firmware</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+15" />
        <source>Fit check</source>
        <translation>Vérification de la taille</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The record has no fit check figures.</source>
        <translation>L'enregistrement ne contient pas de chiffres de vérification de la taille.</translation>
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
        <translation>Estimé avant la compilation à partir de l'archive du modèle ; l'estimation est prudente.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Steps and timings</source>
        <translation>Étapes et durées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+39" />
        <location line="+5" />
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location line="-43" />
        <source>No results were recorded.</source>
        <translation>Aucun résultat n'a été enregistré.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The latest %1 of %2 results.</source>
        <translation>Les %1 derniers résultats sur %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/core/history/reportvalidation.cpp" line="+105" />
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agrees</source>
        <translation>Concorde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median latency (us)</source>
        <translation>Latence médiane (µs)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Latency per input</source>
        <translation>Latence par entrée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median latency per input</source>
        <translation>Latence médiane par entrée</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Deployment report</source>
        <translation>Rapport de déploiement</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Generated by %1 on %2.</source>
        <translation>Généré par %1 le %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tool versions</source>
        <translation>Versions des outils</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the end only</source>
        <translation>la fin seulement</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No logs were recorded.</source>
        <translation>Aucun journal n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../src/core/history/reportvalidation.cpp" line="-55" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+53" />
        <source>Max abs error</source>
        <translation>Erreur absolue max.</translation>
    </message>
    <message>
        <location line="-52" />
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cosine similarity</source>
        <translation>Similarité cosinus</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rows: the expected class; columns: the class the device predicted.</source>
        <translation>Lignes : classe attendue ; colonnes : classe prédite par l'appareil.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Worst samples</source>
        <translation>Pires échantillons</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+20" />
        <source>This deployment has no validation results.</source>
        <translation>Ce déploiement n'a pas de résultats de validation.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Data set</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Top-1 agreement</source>
        <translation>Concordance top-1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Top-%1 agreement</source>
        <translation>Concordance top-%1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Latency over the data set</source>
        <translation>Latence sur le jeu de données</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency (min, median, p95, max)</source>
        <translation>Latence (min., médiane, p95, max.)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <location line="+0" />
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+0" />
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Json</name>
    <message>
        <location filename="../src/core/util/jsonsupport.cpp" line="+87" />
        <source>%1 is %2 bytes long, more than the %3 bytes accepted.</source>
        <translation>%1 fait %2 octets, plus que les %3 octets acceptés.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 nests objects and arrays more than %2 levels deep (line %3, column %4).</source>
        <translation>%1 imbrique des objets et des tableaux sur plus de %2 niveaux (ligne %3, colonne %4).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not valid JSON at line %2, column %3: %4.</source>
        <translation>%1 n'est pas du JSON valide à la ligne %2, colonne %3 : %4.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not valid JSON.</source>
        <translation>%1 n'est pas du JSON valide.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number with a fraction</source>
        <translation>un nombre à virgule</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an unknown value</source>
        <translation>une valeur inconnue</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::MicroTvm</name>
    <message>
        <location filename="../src/core/microtvm/graphlayout.cpp" line="+60" />
        <source>The graph JSON is not valid JSON (%1 at byte %2).</source>
        <translation>Le JSON du graphe n'est pas un JSON valide (%1 à l'octet %2).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The graph JSON has no '%1'.</source>
        <translation>Le JSON du graphe n'a pas de « %1 ».</translation>
    </message>
    <message>
        <location line="+9" />
        <source>node_row_ptr has %1 entries for %2 nodes.</source>
        <translation>node_row_ptr a %1 entrées pour %2 nœuds.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>attrs.shape and attrs.dltype must have one entry per node output (%1).</source>
        <translation>attrs.shape et attrs.dltype doivent avoir une entrée par sortie de nœud (%1).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Node '%1' has outputs out of range.</source>
        <translation>Le nœud « %1 » a des sorties hors limites.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Node '%1' takes an input that does not precede it.</source>
        <translation>Le nœud « %1 » prend une entrée qui ne le précède pas.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Node '%1' takes an input out of range.</source>
        <translation>Le nœud « %1 » prend une entrée hors limites.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A head is out of range.</source>
        <translation>Une tête (head) est hors limites.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/minrpc.cpp" line="+89" />
        <source>DLTensor.ndim is %1</source>
        <translation>DLTensor.ndim vaut %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The device's reply ends inside %1 (byte %2 of %3).</source>
        <translation>La réponse de l'appareil s'arrête au milieu de %1 (octet %2 sur %3).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The device's reply is malformed: %1.</source>
        <translation>La réponse de l'appareil est mal formée : %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>unknown type code %1</source>
        <translation>code de type inconnu %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>num_args is %1</source>
        <translation>num_args vaut %1</translation>
    </message>
    <message>
        <location line="+278" />
        <source>The device's reply says %1 bytes but carries %2.</source>
        <translation>La réponse de l'appareil annonce %1 octets mais en contient %2.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The device answered with %1, which is not a reply.</source>
        <translation>L'appareil a répondu par %1, qui n'est pas une réponse.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The device's reply has %1 bytes after its values.</source>
        <translation>La réponse de l'appareil contient %1 octets après ses valeurs.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A function call's reply has %1 values; expected the return type and the value.</source>
        <translation>La réponse à un appel de fonction contient %1 valeurs ; le type de retour et la valeur étaient attendus.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A handle reply has 3 values.</source>
        <translation>Une réponse de handle contient 3 valeurs.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A function call's reply says it returns %1 but carries %2.</source>
        <translation>La réponse à un appel de fonction annonce un retour %1 mais contient %2.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/modelplan.cpp" line="+27" />
        <source>The model archive has no %1.</source>
        <translation>L'archive du modèle ne contient pas de %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the model again with tvm.micro.export_model_library_format.</source>
        <translation>Exportez à nouveau le modèle avec tvm.micro.export_model_library_format.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is too large.</source>
        <translation>%1 est trop volumineux.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Tensor '%1' has the dtype '%2', which TinyDeploy cannot send.</source>
        <translation>Le tenseur « %1 » a le dtype « %2 », que TinyDeploy ne peut pas envoyer.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tensor '%1' has a dimension of %2.</source>
        <translation>Le tenseur « %1 » a une dimension de %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>AOT executor</source>
        <translation>exécuteur AOT</translation>
    </message>
    <message>
        <location line="+0" />
        <source>graph executor</source>
        <translation>exécuteur de graphe</translation>
    </message>
    <message>
        <location line="+14" />
        <source>metadata.json lists no module.</source>
        <translation>metadata.json ne liste aucun module.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The model uses the executor '%1', which microTVM RPC cannot drive.</source>
        <translation>Le modèle utilise l'exécuteur « %1 », que microTVM RPC ne sait pas piloter.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The model cannot run over microTVM RPC: the archive was not built with --runtime-crt-system-lib (its generated code has no TVMSystemLibEntryPoint).</source>
        <translation>Le modèle ne peut pas s'exécuter via microTVM RPC : l'archive n'a pas été compilée avec --runtime-crt-system-lib (son code généré n'a pas de TVMSystemLibEntryPoint).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Build it again with the CRT system library (tvmc compile --runtime=crt --runtime-crt-system-lib 1, or Runtime("crt", {"system-lib": True}) in relay.build), or use a standalone project.</source>
        <translation>Recompilez-le avec la bibliothèque système CRT (tvmc compile --runtime=crt --runtime-crt-system-lib 1, ou Runtime("crt", {"system-lib": True}) dans relay.build), ou utilisez un projet autonome.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/operatorprofiler.cpp" line="+56" />
        <source>Node '%1' has the dtype '%2'.</source>
        <translation>Le nœud « %1 » a le dtype « %2 ».</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Node '%1' has an invalid shape.</source>
        <translation>Le nœud « %1 » a une forme (shape) non valide.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Argument '%1' has %2 bytes, its node %3.</source>
        <translation>L'argument « %1 » a %2 octets, son nœud %3.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/paramsblob.cpp" line="+52" />
        <source>The params end early (at byte %1 of %2).</source>
        <translation>Les params se terminent trop tôt (à l'octet %1 sur %2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The params do not start with TVM's params magic.</source>
        <translation>Les params ne commencent pas par la signature (magic) des params de TVM.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The params name %1 tensors.</source>
        <translation>Les params nomment %1 tenseurs.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The params have %1 names but %2 arrays.</source>
        <translation>Les params ont %1 noms mais %2 tableaux.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The array of '%1' has a bad header.</source>
        <translation>Le tableau de « %1 » a un en-tête incorrect.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The array of '%1' holds %2 bytes, its shape needs %3.</source>
        <translation>Le tableau de « %1 » contient %2 octets, sa forme en demande %3.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/projectapitransportlink.cpp" line="+34" />
        <source>the Project API transport of %1</source>
        <translation>le transport Project API de %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The project's Project API server is not running.</source>
        <translation>Le serveur Project API du projet n'est pas en cours d'exécution.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the project's server first (open the project again).</source>
        <translation>Démarrez d'abord le serveur du projet (rouvrez le projet).</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The transport is not open.</source>
        <translation>Le transport n'est pas ouvert.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>%1 of the project's server timed out: %2</source>
        <translation>Délai dépassé pour %1 du serveur du projet : %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The template's transport did not answer in time: check that the device (or the server's child process) is running.</source>
        <translation>Le transport du gabarit n'a pas répondu à temps : vérifiez que l'appareil (ou le processus enfant du serveur) fonctionne.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 failed: %2</source>
        <translation>Échec de l'étape « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcclient.cpp" line="+52" />
        <source>The device reports an unusable maximum packet size (%1).</source>
        <translation>L'appareil indique une taille de paquet maximale inutilisable (%1).</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The microTVM client is busy.</source>
        <translation>Le client microTVM est occupé.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The link to the device is gone.</source>
        <translation>La liaison avec l'appareil est perdue.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 needs an RPC packet of %2 bytes, over the device's limit of %3 bytes (TVM_CRT_MAX_PACKET_SIZE_BYTES %4 minus 11).</source>
        <translation>%1 nécessite un paquet RPC de %2 octets, au-delà de la limite de l'appareil de %3 octets (TVM_CRT_MAX_PACKET_SIZE_BYTES %4 moins 11).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Raise TVM_CRT_MAX_PACKET_SIZE_BYTES in the firmware's crt_config.h (to at least %1), rebuild and flash it again.</source>
        <translation>Augmentez TVM_CRT_MAX_PACKET_SIZE_BYTES dans le crt_config.h du firmware (à au moins %1), recompilez-le et flashez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: no microTVM session with the device.</source>
        <translation>%1 : aucune session microTVM avec l'appareil.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect to the device again.</source>
        <translation>Reconnectez-vous à l'appareil.</translation>
    </message>
    <message>
        <location line="+38" />
        <location filename="../src/core/microtvm/rpcexecutor.cpp" line="+19" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 failed on the device (it gave no message).</source>
        <translation>%1 a échoué sur l'appareil (sans message).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 failed on the device: %2</source>
        <translation>%1 a échoué sur l'appareil : %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the firmware was built from the same model archive.</source>
        <translation>Vérifiez que le firmware a été compilé à partir de la même archive de modèle.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The device did not answer %1 within %2 ms.</source>
        <translation>L'appareil n'a pas répondu à %1 en %2 ms.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The device may be stuck or reset: reset the board and try again. A model that runs longer needs a longer timeout.</source>
        <translation>L'appareil est peut-être bloqué ou a redémarré : réinitialisez la carte et réessayez. Un modèle plus long à exécuter demande un délai plus long.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A corrupted frame arrived while waiting for %1; the request was abandoned, never retried, and the session will restart.</source>
        <translation>Une trame corrompue est arrivée pendant l'attente de %1 ; la requête a été abandonnée sans nouvel essai, et la session va redémarrer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a reply</source>
        <translation>une réponse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the cable and the baud rate, then try again.</source>
        <translation>Vérifiez le câble et le débit en bauds, puis réessayez.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The device reset itself during %1.</source>
        <translation>L'appareil a redémarré de lui-même pendant %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its state is lost: the request must start over. If the next request fails too, reset the board by hand; if it keeps resetting, check its power supply and its logs.</source>
        <translation>Son état est perdu : la requête doit recommencer. Si la requête suivante échoue aussi, réinitialisez la carte à la main ; si elle redémarre sans cesse, vérifiez son alimentation et ses journaux.</translation>
    </message>
    <message>
        <location line="+39" />
        <location filename="../src/core/microtvm/rpcrunner.cpp" line="+321" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>GetGlobalFunc(%1)</source>
        <translation>GetGlobalFunc(%1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the reply is not a handle.</source>
        <translation>%1 : la réponse n'est pas un handle.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The device has no function '%1'.</source>
        <translation>L'appareil n'a pas de fonction « %1 ».</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The firmware does not register it: check that it was built with the executor the model uses.</source>
        <translation>Le firmware ne l'enregistre pas : vérifiez qu'il a été compilé avec l'exécuteur utilisé par le modèle.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>FreeHandle(%1)</source>
        <translation>FreeHandle(%1)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>DevAllocDataWithScope(%1 bytes)</source>
        <translation>DevAllocDataWithScope(%1 octets)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the device has no memory left.</source>
        <translation>%1 : l'appareil n'a plus de mémoire.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use a smaller model or a board with more RAM.</source>
        <translation>Utilisez un modèle plus petit ou une carte avec plus de RAM.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DevFreeData(%1)</source>
        <translation>DevFreeData(%1)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The device's packets are too small to copy a tensor.</source>
        <translation>Les paquets de l'appareil sont trop petits pour copier un tenseur.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>CopyToRemote(bytes %1-%2 of %3)</source>
        <translation>CopyToRemote(octets %1-%2 sur %3)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>CopyFromRemote(bytes %1-%2 of %3)</source>
        <translation>CopyFromRemote(octets %1-%2 sur %3)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>CopyFromRemote: the device sent %1 bytes instead of %2.</source>
        <translation>CopyFromRemote : l'appareil a envoyé %1 octets au lieu de %2.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcexecutor.cpp" line="+46" />
        <source>runtime.SystemLib returned no module.</source>
        <translation>runtime.SystemLib n'a renvoyé aucun module.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The graph JSON (%1 bytes minified)</source>
        <translation>Le JSON du graphe (%1 octets minifié)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Creating the %1 (one per boot: reset the device if it already has one)</source>
        <translation>Création de l'%1 (un seul par démarrage : réinitialisez l'appareil s'il en a déjà un)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 returned no module.</source>
        <translation>%1 n'a renvoyé aucun module.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>ModuleGetFunction(%1)</source>
        <translation>ModuleGetFunction(%1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The %1 on the device has no '%2'.</source>
        <translation>L'%1 de l'appareil n'a pas de « %2 ».</translation>
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
        <translation>Le paramètre « %1 » a %2 octets, le tenseur de l'appareil %3.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The firmware was built from another model.</source>
        <translation>Le firmware a été compilé à partir d'un autre modèle.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 returned no tensor.</source>
        <translation>%1 n'a renvoyé aucun tenseur.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>get_output(%1)</source>
        <translation>get_output(%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 '%2' has %3 bytes on the device, %4 in the model archive.</source>
        <translation>%1 « %2 » a %3 octets sur l'appareil, %4 dans l'archive du modèle.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The firmware was built from another model: build and flash it again.</source>
        <translation>Le firmware a été compilé à partir d'un autre modèle : recompilez-le et flashez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+126" />
        <source>RPCTimeEvaluator(%1)</source>
        <translation>RPCTimeEvaluator(%1)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>With 12 arguments: %1</source>
        <translation>Avec 12 arguments : %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 returned no function.</source>
        <translation>%1 n'a renvoyé aucune fonction.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the timed %1</source>
        <translation>le %1 chronométré</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The time evaluator returned %1 bytes for %2 repeats.</source>
        <translation>L'évaluateur de temps a renvoyé %1 octets pour %2 répétitions.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcrunner.cpp" line="-290" />
        <source>The device reset: its executor is gone and will be created again by the next request.</source>
        <translation>L'appareil a redémarré : son exécuteur a disparu et sera recréé à la prochaine requête.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The device restarted: its executor is gone and will be created again.</source>
        <translation>L'appareil a redémarré : son exécuteur a disparu et sera recréé.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>microTVM RPC, %1</source>
        <translation>microTVM RPC, %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(no link)</source>
        <translation>(pas de liaison)</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The device is busy with another request.</source>
        <translation>L'appareil est occupé par une autre requête.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for it to finish or cancel it.</source>
        <translation>Attendez qu'elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <location line="+82" />
        <source>The number of runs must be 1 to %1, not %2.</source>
        <translation>Le nombre d'exécutions doit être compris entre 1 et %1, pas %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model takes %1 inputs, but %2 were given.</source>
        <translation>Le modèle attend %1 entrées, mais %2 ont été fournies.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Input '%1' needs %2 bytes, but %3 were given.</source>
        <translation>L'entrée « %1 » nécessite %2 octets, mais %3 ont été fournis.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Per-operator times need a graph-executor model; this one uses the AOT executor.</source>
        <translation>Les durées par opérateur nécessitent un modèle à exécuteur de graphe ; celui-ci utilise l'exécuteur AOT.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the model with the graph executor to profile it.</source>
        <translation>Exportez le modèle avec l'exécuteur de graphe pour le profiler.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcsession.cpp" line="+108" />
        <source>The device did not answer the microTVM session start within %1 ms.</source>
        <translation>L'appareil n'a pas répondu au démarrage de la session microTVM en %1 ms.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check that the board runs host-driven (microTVM RPC) firmware and is not stuck: reset it or flash it again, then retry.</source>
        <translation>Vérifiez que la carte exécute un firmware piloté par l'hôte (microTVM RPC) et qu'elle n'est pas bloquée : réinitialisez-la ou flashez-la à nouveau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The link is gone.</source>
        <translation>La liaison est perdue.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No microTVM session is established.</source>
        <translation>Aucune session microTVM n'est établie.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not write to the device.</source>
        <translation>Impossible d'écrire sur l'appareil.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf</name>
    <message>
        <source>%1 is %2 bytes long, more than the %3 bytes accepted.</source>
        <translation type="vanished">%1 fait %2 octets, plus que les %3 octets acceptés.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/metadataparser.cpp" line="+537" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="+114" />
        <source>The archive is probably damaged or not a Model Library Format archive.</source>
        <translation>L'archive est probablement endommagée ou n'est pas une archive au Model Library Format.</translation>
    </message>
    <message>
        <source>%1 nests objects and arrays more than %2 levels deep (line %3, column %4).</source>
        <translation type="vanished">%1 imbrique des objets et des tableaux sur plus de %2 niveaux (ligne %3, colonne %4).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is not metadata written by TVM.</source>
        <translation>Le fichier ne contient pas des métadonnées écrites par TVM.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="vanished">le fichier est vide</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at line %2, column %3: %4.</source>
        <translation type="vanished">%1 n'est pas du JSON valide à la ligne %2, colonne %3 : %4.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="+2" />
        <source>The archive may be truncated or the file was edited by hand; export the model again.</source>
        <translation>L'archive est peut-être tronquée ou le fichier a été modifié à la main ; exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation type="vanished">%1 n'est pas du JSON valide.</translation>
    </message>
    <message>
        <source>null</source>
        <translation type="vanished">null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="vanished">un booléen</translation>
    </message>
    <message>
        <location line="-450" />
        <location line="+413" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-53" />
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation type="vanished">un nombre à virgule</translation>
    </message>
    <message>
        <location line="-400" />
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+28" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-9" />
        <location line="+90" />
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+424" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-90" />
        <location line="+70" />
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="vanished">une valeur inconnue</translation>
    </message>
    <message>
        <location line="-502" />
        <source>The top level of %1</source>
        <translation>Le niveau supérieur de %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field "%1"</source>
        <translation>Le champ « %1 »</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 should be %2 but is %3.</source>
        <translation>%1 devrait être %2 mais est %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+9" />
        <source>The metadata does not follow the Model Library Format; export the model again with TVM.</source>
        <translation>Les métadonnées ne suivent pas le Model Library Format ; exportez à nouveau le modèle avec TVM.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Required field "%1" is missing.</source>
        <translation>Le champ obligatoire « %1 » est absent.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+457" />
        <source>The metadata is damaged; export the model again with TVM.</source>
        <translation>Les métadonnées sont endommagées ; exportez à nouveau le modèle avec TVM.</translation>
    </message>
    <message>
        <location line="-441" />
        <source>Field "%1" is too large (%2).</source>
        <translation>Le champ « %1 » est trop grand (%2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Field "%1" is %2, but a size cannot be negative.</source>
        <translation>Le champ « %1 » vaut %2, mais une taille ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <location line="+327" />
        <source>an object or an array of strings</source>
        <translation>un objet ou un tableau de chaînes</translation>
    </message>
    <message>
        <location line="+26" />
        <source>an object or an array</source>
        <translation>un objet ou un tableau</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The metadata has no "version" field.</source>
        <translation>Les métadonnées n'ont pas de champ « version ».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is not the metadata.json of a Model Library Format archive.</source>
        <translation>Ce n'est pas le metadata.json d'une archive au Model Library Format.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Model Library Format version %1 is not supported; supported versions are %2 to %3.</source>
        <translation>La version %1 du Model Library Format n'est pas prise en charge ; les versions prises en charge vont de %2 à %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The archive was written by a newer TVM; update TinyDeploy or export with TVM 0.18 or older.</source>
        <translation>L'archive a été écrite par un TVM plus récent ; mettez TinyDeploy à jour ou exportez avec TVM 0.18 ou antérieur.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Model Library Format version %1 does not exist; supported versions are %2 to %3.</source>
        <translation>La version %1 du Model Library Format n'existe pas ; les versions prises en charge vont de %2 à %3.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The metadata lists no modules.</source>
        <translation>Les métadonnées ne listent aucun module.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/relayparser.cpp" line="+44" />
        <source>The Relay text has no main function ("def @main").</source>
        <translation>Le texte Relay n'a pas de fonction main (« def @main »).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Input shapes cannot be read from this file.</source>
        <translation>Les formes des entrées ne peuvent pas être lues dans ce fichier.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the text ends before the body of main</source>
        <translation>le texte se termine avant le corps de main</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected '{' after the signature of main</source>
        <translation>« { » attendu après la signature de main</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The signature of the Relay main function cannot be read: %1 (byte %2).</source>
        <translation>La signature de la fonction main Relay est illisible : %1 (octet %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tensor shapes will be taken from other files of the archive.</source>
        <translation>Les formes des tenseurs seront prises dans d'autres fichiers de l'archive.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the text ends inside the signature of main</source>
        <translation>le texte se termine au milieu de la signature de main</translation>
    </message>
    <message>
        <location line="+115" />
        <source>expected '=' after attribute %1</source>
        <translation>« = » attendu après l'attribut %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unexpected character '%1' in the parameter list</source>
        <translation>caractère inattendu « %1 » dans la liste des paramètres</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected ',' or ')' in the parameter list</source>
        <translation>« , » ou « ) » attendu dans la liste des paramètres</translation>
    </message>
    <message>
        <location line="+33" />
        <source>a parameter has no name</source>
        <translation>un paramètre n'a pas de nom</translation>
    </message>
    <message>
        <location line="+33" />
        <source>output_tensor_names is not a list of strings</source>
        <translation>output_tensor_names n'est pas une liste de chaînes</translation>
    </message>
    <message>
        <location line="+57" />
        <source>a dimension is too large</source>
        <translation>une dimension est trop grande</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected character '%1' in a shape</source>
        <translation>caractère inattendu « %1 » dans une forme</translation>
    </message>
    <message>
        <location line="+14" />
        <source>expected ',' or ')' in a shape</source>
        <translation>« , » ou « ) » attendu dans une forme</translation>
    </message>
    <message>
        <location line="+8" />
        <source>types are nested too deeply</source>
        <translation>les types sont trop imbriqués</translation>
    </message>
    <message>
        <location line="+20" />
        <source>expected ',' or ')' in a tuple type</source>
        <translation>« , » ou « ) » attendu dans un type tuple</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unexpected character '%1' in a type</source>
        <translation>caractère inattendu « %1 » dans un type</translation>
    </message>
    <message>
        <location line="+15" />
        <source>expected ']' after the dtype of a tensor type</source>
        <translation>« ] » attendu après le type d'un type tenseur</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/headerparser.cpp" line="+135" />
        <source>The interface header is %1 bytes long, more than the %2 bytes accepted.</source>
        <translation>L'en-tête d'interface fait %1 octets, plus que les %2 octets acceptés.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The archive is probably damaged.</source>
        <translation>L'archive est probablement endommagée.</translation>
    </message>
    <message>
        <location line="+104" />
        <source>The header declares nothing for module "%1".</source>
        <translation>L'en-tête ne déclare rien pour le module « %1 ».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The header is not the C interface header TVM generates for this module.</source>
        <translation>L'en-tête n'est pas l'en-tête d'interface C que TVM génère pour ce module.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-102" />
        <source>Field "%1" of the graph should be %2 but is %3.</source>
        <translation>Le champ « %1 » du graphe devrait être %2 mais est %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+8" />
        <location line="+16" />
        <source>The graph JSON is damaged; export the model again.</source>
        <translation>Le JSON du graphe est endommagé ; exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The graph has no "%1" field.</source>
        <translation>Le graphe n'a pas de champ « %1 ».</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Index %1 in "%2" is out of range (0 to %3).</source>
        <translation>L'indice %1 dans « %2 » est hors limites (0 à %3).</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The file is not a graph written by TVM.</source>
        <translation>Le fichier n'est pas un graphe écrit par TVM.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>an array [node, output, version]</source>
        <translation>un tableau [nœud, sortie, version]</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/paramsdecoder.cpp" line="+78" />
        <source>the file header</source>
        <translation>l'en-tête du fichier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>name %1 of %2</source>
        <translation>le nom %1 sur %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the array count</source>
        <translation>le nombre de tableaux</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the header of array %1 of %2</source>
        <translation>l'en-tête du tableau %1 sur %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the data of array %1 of %2</source>
        <translation>les données du tableau %1 sur %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The parameters file ends after %1 bytes, inside %2.</source>
        <translation>Le fichier de paramètres se termine après %1 octets, au milieu de %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive is truncated or damaged; copy or export it again.</source>
        <translation>L'archive est tronquée ou endommagée ; copiez-la ou exportez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The parameters file has unexpected bytes after its last array (at byte %1).</source>
        <translation>Le fichier de paramètres contient des octets inattendus après son dernier tableau (à l'octet %1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive is damaged; export the model again.</source>
        <translation>L'archive est endommagée ; exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Skipped %1 bytes where %2 could be skipped.</source>
        <translation>%1 octets sautés là où %2 pouvaient l'être.</translation>
    </message>
    <message>
        <location line="+72" />
        <location line="+70" />
        <source>The parameters file is damaged; export the model again.</source>
        <translation>Le fichier de paramètres est endommagé ; exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <location line="-64" />
        <source>The parameters file is damaged or not a TVM parameters file.</source>
        <translation>Le fichier de paramètres est endommagé ou n'est pas un fichier de paramètres TVM.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The parameters file does not start with the TVM parameter list magic: expected %1, found %2.</source>
        <translation>Le fichier de paramètres ne commence pas par la signature d'une liste de paramètres TVM : %1 attendu, %2 trouvé.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is not a TVM parameters file; export the model again.</source>
        <translation>Ce n'est pas un fichier de paramètres TVM ; exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The parameters file declares %1 names, more than the %2 accepted.</source>
        <translation>Le fichier de paramètres déclare %1 noms, plus que les %2 acceptés.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name %1 of the parameters file is %2 bytes long, more than the %3 accepted.</source>
        <translation>Le nom %1 du fichier de paramètres fait %2 octets, plus que les %3 acceptés.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The parameters file has %1 names but %2 arrays.</source>
        <translation>Le fichier de paramètres a %1 noms mais %2 tableaux.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Array %1 ("%2") of the parameters file does not start with the TVM array magic at byte %3: expected %4, found %5.</source>
        <translation>Le tableau %1 (« %2 ») du fichier de paramètres ne commence pas par la signature de tableau TVM à l'octet %3 : %4 attendu, %5 trouvé.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Array "%1" has %2 dimensions; 0 to %3 are accepted.</source>
        <translation>Le tableau « %1 » a %2 dimensions ; de 0 à %3 sont acceptées.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Array "%1" has an invalid dtype (code %2, %3 bits, %4 lanes).</source>
        <translation>Le tableau « %1 » a un type invalide (code %2, %3 bits, %4 voies).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Array "%1" has a negative dimension (%2).</source>
        <translation>Le tableau « %1 » a une dimension négative (%2).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Array "%1" is larger than %2 bytes.</source>
        <translation>Le tableau « %1 » dépasse %2 octets.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Array "%1" (%2 of shape [%3]) declares %4 data bytes; %5 were expected.</source>
        <translation>Le tableau « %1 » (%2 de forme [%3]) déclare %4 octets de données ; %5 étaient attendus.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelinfomerge.cpp" line="+132" />
        <source>Module "%1": %2</source>
        <translation>Module « %1 » : %2</translation>
    </message>
    <message>
        <location line="+131" />
        <source>Tensor "%1" is %2 bytes according to the metadata, but its shape %3 and dtype %4 (from %5) make %6 bytes.</source>
        <translation>Le tenseur « %1 » fait %2 octets selon les métadonnées, mais sa forme %3 et son type %4 (d'après %5) donnent %6 octets.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tensor "%1" is %2 bytes according to the metadata, but the header says %3 bytes.</source>
        <translation>Le tenseur « %1 » fait %2 octets selon les métadonnées, mais l'en-tête indique %3 octets.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The inputs of the model could not be determined (no inputs in the metadata, no relay text, graph or header describing them).</source>
        <translation>Les entrées du modèle n'ont pas pu être déterminées (aucune entrée dans les métadonnées, ni texte Relay, graphe ou en-tête qui les décrive).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No definition of tvmgen_%1_run was found in the generated C sources; the model cannot be called directly.</source>
        <translation>Aucune définition de tvmgen_%1_run n'a été trouvée dans les sources C générées ; le modèle ne peut pas être appelé directement.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The header declares %1, but the generated code defines only %2 (an archive exported by a TVM from late 2021); %2 will be called.</source>
        <translation>L'en-tête déclare %1, mais le code généré ne définit que %2 (une archive exportée par un TVM de fin 2021) ; %2 sera appelée.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Module "%1" uses the graph executor, which needs host-driven execution over microTVM RPC; only AOT models run standalone on a device.</source>
        <translation>Le module « %1 » utilise l'exécuteur de graphe, qui exige une exécution pilotée par l'hôte via microTVM RPC ; seuls les modèles AOT s'exécutent seuls sur un appareil.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The TVM version that exported this archive is unknown (its metadata has no external_dependencies entry).</source>
        <translation>La version de TVM qui a exporté cette archive est inconnue (ses métadonnées n'ont pas d'entrée external_dependencies).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive has no runtime/ folder (exported before TVM 0.9 or without the CRT runtime); the template must provide the TVM C runtime.</source>
        <translation>L'archive n'a pas de dossier runtime/ (exportée avant TVM 0.9 ou sans le runtime CRT) ; le modèle de projet doit fournir le runtime C de TVM.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive.cpp" line="+66" />
        <source>This is not a tar archive.</source>
        <translation>Ce n'est pas une archive tar.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a Model Library Format archive (.tar, .tar.gz, .tar.xz or .tar.zst) or its extracted folder, as written by TVM's export_model_library_format or tvmc compile.</source>
        <translation>Choisissez une archive au Model Library Format (.tar, .tar.gz, .tar.xz ou .tar.zst) ou son dossier extrait, tels qu'écrits par export_model_library_format de TVM ou tvmc compile.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The archive is truncated: it ends in the middle of a member.</source>
        <translation>L'archive est tronquée : elle s'arrête au milieu d'un élément.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+85" />
        <location line="+34" />
        <source>The file was probably not copied or downloaded completely; get it again.</source>
        <translation>Le fichier n'a probablement pas été copié ou téléchargé entièrement ; récupérez-le à nouveau.</translation>
    </message>
    <message>
        <location line="-117" />
        <source>The archive is damaged and cannot be read.</source>
        <translation>L'archive est endommagée et illisible.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get the archive again or export it again with TVM.</source>
        <translation>Récupérez l'archive à nouveau ou exportez-la à nouveau avec TVM.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive_p.h" line="+79" />
        <source>Reading the archive was cancelled.</source>
        <translation>La lecture de l'archive a été annulée.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive.cpp" line="+11" />
        <location filename="../src/core/mlf/extractsafely.cpp" line="+232" />
        <source>Out of memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>This archive uses an unsupported compression.</source>
        <translation>Cette archive utilise une compression non prise en charge.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The archive is truncated: it ends inside the header of its first member.</source>
        <translation>L'archive est tronquée : elle se termine dans l'en-tête de son premier élément.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The archive could not be read.</source>
        <translation>L'archive n'a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The archive is truncated: it does not end with the end-of-archive marker of a tar file.</source>
        <translation>L'archive est tronquée : elle ne se termine pas par la marque de fin d'un fichier tar.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The folder has more than %1 files.</source>
        <translation>Le dossier contient plus de %1 fichiers.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchivemembers.cpp" line="+91" />
        <source>A member name is longer than %1 bytes.</source>
        <translation>Un nom d'élément dépasse %1 octets.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The member name is not valid UTF-8.</source>
        <translation>Le nom de l'élément n'est pas de l'UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TVM writes UTF-8 names only; this archive was altered by another tool. Rename the file and pack the archive again.</source>
        <translation>TVM n'écrit que des noms en UTF-8 ; cette archive a été modifiée par un autre outil. Renommez le fichier et empaquetez l'archive à nouveau.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The member name contains control characters.</source>
        <translation>Le nom de l'élément contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The member has an absolute path; extracting it would write outside the target folder.</source>
        <translation>L'élément a un chemin absolu ; l'extraire écrirait hors du dossier cible.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <location filename="../src/core/mlf/extractsafely.cpp" line="-122" />
        <source>Do not use this archive; it may have been crafted to overwrite files.</source>
        <translation>N'utilisez pas cette archive ; elle a peut-être été fabriquée pour écraser des fichiers.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>The member name contains ".."; extracting it would write outside the target folder.</source>
        <translation>Le nom de l'élément contient « .. » ; l'extraire écrirait hors du dossier cible.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The member is a device node, FIFO or socket, which a model archive never contains.</source>
        <translation>L'élément est un périphérique, une FIFO ou un socket, ce qu'une archive de modèle ne contient jamais.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../src/core/mlf/extractsafely.cpp" line="+23" />
        <source>Do not use this archive.</source>
        <translation>N'utilisez pas cette archive.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The member would be written through the symbolic link "%1" of the same archive.</source>
        <translation>L'élément serait écrit à travers le lien symbolique « %1 » de la même archive.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+22" />
        <location line="+14" />
        <source>Do not use this archive; it may have been crafted to write outside its folder.</source>
        <translation>N'utilisez pas cette archive ; elle a peut-être été fabriquée pour écrire hors de son dossier.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>The link target is not valid UTF-8.</source>
        <translation>La cible du lien n'est pas de l'UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The symbolic link points outside the archive (to "%1").</source>
        <translation>Le lien symbolique pointe hors de l'archive (vers « %1 »).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The hard link points to "%1", which is not an earlier file of the archive.</source>
        <translation>Le lien physique pointe vers « %1 », qui n'est pas un fichier antérieur de l'archive.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The archive contains "%1" twice.</source>
        <translation>L'archive contient « %1 » deux fois.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tools disagree on which copy wins; pack the archive again with each file once.</source>
        <translation>Les outils ne s'accordent pas sur la copie qui l'emporte ; empaquetez l'archive à nouveau avec chaque fichier une seule fois.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The archive has more than %1 members.</source>
        <translation>L'archive contient plus de %1 éléments.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The member has a negative size.</source>
        <translation>L'élément a une taille négative.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The archive unpacks to more than %1 MiB (the member declares %2 bytes).</source>
        <translation>L'archive se décompresse en plus de %1 Mio (l'élément déclare %2 octets).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is far larger than any model; the archive may be a decompression bomb.</source>
        <translation>C'est bien plus gros que n'importe quel modèle ; l'archive est peut-être une bombe de décompression.</translation>
    </message>
    <message>
        <location line="+136" />
        <location line="+10" />
        <source>The file could not be read: %1</source>
        <translation>Le fichier n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive.cpp" line="+49" />
        <source>The file does not exist.</source>
        <translation>Le fichier n'existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the path.</source>
        <translation>Vérifiez le chemin.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file could not be opened: %1</source>
        <translation>Le fichier n'a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This is not a regular file.</source>
        <translation>Ce n'est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a model archive or its extracted folder.</source>
        <translation>Choisissez une archive de modèle ou son dossier extrait.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+16" />
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The export or the download probably failed; get the archive again.</source>
        <translation>L'export ou le téléchargement a probablement échoué ; récupérez l'archive à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchivemembers.cpp" line="+16" />
        <source>The archive is not open.</source>
        <translation>L'archive n'est pas ouverte.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+11" />
        <source>No member to read.</source>
        <translation>Aucun élément à lire.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The member is %1 bytes; at most %2 bytes are read.</source>
        <translation>L'élément fait %1 octets ; au plus %2 octets sont lus.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The member is larger than %1 bytes.</source>
        <translation>L'élément dépasse %1 octets.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The archive has no member "%1".</source>
        <translation>L'archive n'a pas d'élément « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchivesummary.cpp" line="+80" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+112" />
        <source>metadata.json is %1 bytes; at most %2 bytes are accepted.</source>
        <translation>metadata.json fait %1 octets ; au plus %2 octets sont acceptés.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Real metadata is a few KiB; this archive is damaged or hostile.</source>
        <translation>De vraies métadonnées font quelques Kio ; cette archive est endommagée ou malveillante.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The header is larger than %1 bytes and was not read.</source>
        <translation>L'en-tête dépasse %1 octets et n'a pas été lu.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The graph JSON is larger than %1 bytes and was not read.</source>
        <translation>Le JSON du graphe dépasse %1 octets et n'a pas été lu.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Every Model Library Format archive has metadata.json at its top level; export the model again with TVM (tvm.micro.export_model_library_format or tvmc compile --output-format mlf).</source>
        <translation>Toute archive au Model Library Format a un metadata.json à sa racine ; exportez à nouveau le modèle avec TVM (tvm.micro.export_model_library_format ou tvmc compile --output-format mlf).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Found %1: the archive has an extra top folder. Pack the contents of that folder instead.</source>
        <translation>%1 trouvé : l'archive a un dossier racine en trop. Empaquetez plutôt le contenu de ce dossier.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The archive has no metadata.json, so it is not a Model Library Format archive.</source>
        <translation>L'archive n'a pas de metadata.json : ce n'est donc pas une archive au Model Library Format.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/extractsafely.cpp" line="-34" />
        <source>The member could not be written.</source>
        <translation>L'élément n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and the permissions of the target folder.</source>
        <translation>Vérifiez l'espace libre et les droits du dossier cible.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+50" />
        <source>The member would be written outside the target folder.</source>
        <translation>L'élément serait écrit hors du dossier cible.</translation>
    </message>
    <message>
        <location line="-30" />
        <source>The member would be written through "%1", which is not a folder.</source>
        <translation>L'élément serait écrit à travers « %1 », qui n'est pas un dossier.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>The member holds more data than it declares.</source>
        <translation>L'élément contient plus de données qu'il n'en déclare.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+31" />
        <source>Extraction was cancelled.</source>
        <translation>L'extraction a été annulée.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The extracted files could not be finished: %1</source>
        <translation>Les fichiers extraits n'ont pas pu être finalisés : %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The target must name a new folder.</source>
        <translation>La cible doit désigner un nouveau dossier.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The target folder already exists.</source>
        <translation>Le dossier cible existe déjà.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a new folder name or remove the existing folder.</source>
        <translation>Choisissez un nouveau nom de dossier ou supprimez le dossier existant.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The folder that should contain the target does not exist.</source>
        <translation>Le dossier qui doit contenir la cible n'existe pas.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create it first.</source>
        <translation>Créez-le d'abord.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A temporary folder could not be created beside the target: %1</source>
        <translation>Impossible de créer un dossier temporaire à côté de la cible : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the permissions of the folder.</source>
        <translation>Vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The extracted folder could not be moved into place: %1</source>
        <translation>Le dossier extrait n'a pas pu être mis en place : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program may have created the target meanwhile.</source>
        <translation>Un autre programme a peut-être créé la cible entre-temps.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf::Extractor</name>
    <message>
        <source>The member could not be written.</source>
        <translation type="vanished">L'élément n'a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Check the free space and the permissions of the target folder.</source>
        <translation type="vanished">Vérifiez l'espace libre et les droits du dossier cible.</translation>
    </message>
    <message>
        <source>The member would be written outside the target folder.</source>
        <translation type="vanished">L'élément serait écrit hors du dossier cible.</translation>
    </message>
    <message>
        <source>Do not use this archive; it may have been crafted to overwrite files.</source>
        <translation type="vanished">N'utilisez pas cette archive ; elle a peut-être été fabriquée pour écraser des fichiers.</translation>
    </message>
    <message>
        <source>The member would be written through "%1", which is not a folder.</source>
        <translation type="vanished">L'élément serait écrit à travers « %1 », qui n'est pas un dossier.</translation>
    </message>
    <message>
        <source>Do not use this archive.</source>
        <translation type="vanished">N'utilisez pas cette archive.</translation>
    </message>
    <message>
        <source>The member holds more data than it declares.</source>
        <translation type="vanished">L'élément contient plus de données qu'il n'en déclare.</translation>
    </message>
    <message>
        <source>Extraction was cancelled.</source>
        <translation type="vanished">L'extraction a été annulée.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="vanished">Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>The extracted files could not be finished: %1</source>
        <translation type="vanished">Les fichiers extraits n'ont pas pu être finalisés : %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf::ModelArchive</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="vanished">Le fichier n'existe pas.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="vanished">Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="vanished">Le fichier n'a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="vanished">Ce n'est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Choose a model archive or its extracted folder.</source>
        <translation type="vanished">Choisissez une archive de modèle ou son dossier extrait.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="vanished">Le fichier est vide.</translation>
    </message>
    <message>
        <source>The export or the download probably failed; get the archive again.</source>
        <translation type="vanished">L'export ou le téléchargement a probablement échoué ; récupérez l'archive à nouveau.</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation type="vanished">L'archive n'est pas ouverte.</translation>
    </message>
    <message>
        <source>No member to read.</source>
        <translation type="vanished">Aucun élément à lire.</translation>
    </message>
    <message>
        <source>The member is %1 bytes; at most %2 bytes are read.</source>
        <translation type="vanished">L'élément fait %1 octets ; au plus %2 octets sont lus.</translation>
    </message>
    <message>
        <source>The member is larger than %1 bytes.</source>
        <translation type="vanished">L'élément dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The archive has no member "%1".</source>
        <translation type="vanished">L'archive n'a pas d'élément « %1 ».</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf::ModelArchive::Private</name>
    <message>
        <source>This is not a tar archive.</source>
        <translation type="vanished">Ce n'est pas une archive tar.</translation>
    </message>
    <message>
        <source>Choose a Model Library Format archive (.tar, .tar.gz, .tar.xz or .tar.zst) or its extracted folder, as written by TVM's export_model_library_format or tvmc compile.</source>
        <translation type="vanished">Choisissez une archive au Model Library Format (.tar, .tar.gz, .tar.xz ou .tar.zst) ou son dossier extrait, tels qu'écrits par export_model_library_format de TVM ou tvmc compile.</translation>
    </message>
    <message>
        <source>The archive is truncated: it ends in the middle of a member.</source>
        <translation type="vanished">L'archive est tronquée : elle s'arrête au milieu d'un élément.</translation>
    </message>
    <message>
        <source>The file was probably not copied or downloaded completely; get it again.</source>
        <translation type="vanished">Le fichier n'a probablement pas été copié ou téléchargé entièrement ; récupérez-le à nouveau.</translation>
    </message>
    <message>
        <source>The archive is damaged and cannot be read.</source>
        <translation type="vanished">L'archive est endommagée et illisible.</translation>
    </message>
    <message>
        <source>Get the archive again or export it again with TVM.</source>
        <translation type="vanished">Récupérez l'archive à nouveau ou exportez-la à nouveau avec TVM.</translation>
    </message>
    <message>
        <source>Reading the archive was cancelled.</source>
        <translation type="vanished">La lecture de l'archive a été annulée.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="vanished">Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>This archive uses an unsupported compression.</source>
        <translation type="vanished">Cette archive utilise une compression non prise en charge.</translation>
    </message>
    <message>
        <source>The archive could not be read.</source>
        <translation type="vanished">L'archive n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>The archive is truncated: it does not end with the end-of-archive marker of a tar file.</source>
        <translation type="vanished">L'archive est tronquée : elle ne se termine pas par la marque de fin d'un fichier tar.</translation>
    </message>
    <message>
        <source>The folder has more than %1 files.</source>
        <translation type="vanished">Le dossier contient plus de %1 fichiers.</translation>
    </message>
    <message>
        <source>A member name is longer than %1 bytes.</source>
        <translation type="vanished">Un nom d'élément dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The member name is not valid UTF-8.</source>
        <translation type="vanished">Le nom de l'élément n'est pas de l'UTF-8 valide.</translation>
    </message>
    <message>
        <source>TVM writes UTF-8 names only; this archive was altered by another tool. Rename the file and pack the archive again.</source>
        <translation type="vanished">TVM n'écrit que des noms en UTF-8 ; cette archive a été modifiée par un autre outil. Renommez le fichier et empaquetez l'archive à nouveau.</translation>
    </message>
    <message>
        <source>The member name contains control characters.</source>
        <translation type="vanished">Le nom de l'élément contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The member has an absolute path; extracting it would write outside the target folder.</source>
        <translation type="vanished">L'élément a un chemin absolu ; l'extraire écrirait hors du dossier cible.</translation>
    </message>
    <message>
        <source>Do not use this archive; it may have been crafted to overwrite files.</source>
        <translation type="vanished">N'utilisez pas cette archive ; elle a peut-être été fabriquée pour écraser des fichiers.</translation>
    </message>
    <message>
        <source>The member name contains ".."; extracting it would write outside the target folder.</source>
        <translation type="vanished">Le nom de l'élément contient « .. » ; l'extraire écrirait hors du dossier cible.</translation>
    </message>
    <message>
        <source>The member is a device node, FIFO or socket, which a model archive never contains.</source>
        <translation type="vanished">L'élément est un périphérique, une FIFO ou un socket, ce qu'une archive de modèle ne contient jamais.</translation>
    </message>
    <message>
        <source>Do not use this archive.</source>
        <translation type="vanished">N'utilisez pas cette archive.</translation>
    </message>
    <message>
        <source>The member would be written through the symbolic link "%1" of the same archive.</source>
        <translation type="vanished">L'élément serait écrit à travers le lien symbolique « %1 » de la même archive.</translation>
    </message>
    <message>
        <source>Do not use this archive; it may have been crafted to write outside its folder.</source>
        <translation type="vanished">N'utilisez pas cette archive ; elle a peut-être été fabriquée pour écrire hors de son dossier.</translation>
    </message>
    <message>
        <source>The link target is not valid UTF-8.</source>
        <translation type="vanished">La cible du lien n'est pas de l'UTF-8 valide.</translation>
    </message>
    <message>
        <source>The symbolic link points outside the archive (to "%1").</source>
        <translation type="vanished">Le lien symbolique pointe hors de l'archive (vers « %1 »).</translation>
    </message>
    <message>
        <source>The hard link points to "%1", which is not an earlier file of the archive.</source>
        <translation type="vanished">Le lien physique pointe vers « %1 », qui n'est pas un fichier antérieur de l'archive.</translation>
    </message>
    <message>
        <source>The archive contains "%1" twice.</source>
        <translation type="vanished">L'archive contient « %1 » deux fois.</translation>
    </message>
    <message>
        <source>Tools disagree on which copy wins; pack the archive again with each file once.</source>
        <translation type="vanished">Les outils ne s'accordent pas sur la copie qui l'emporte ; empaquetez l'archive à nouveau avec chaque fichier une seule fois.</translation>
    </message>
    <message>
        <source>The archive has more than %1 members.</source>
        <translation type="vanished">L'archive contient plus de %1 éléments.</translation>
    </message>
    <message>
        <source>The member has a negative size.</source>
        <translation type="vanished">L'élément a une taille négative.</translation>
    </message>
    <message>
        <source>The archive unpacks to more than %1 MiB (the member declares %2 bytes).</source>
        <translation type="vanished">L'archive se décompresse en plus de %1 Mio (l'élément déclare %2 octets).</translation>
    </message>
    <message>
        <source>This is far larger than any model; the archive may be a decompression bomb.</source>
        <translation type="vanished">C'est bien plus gros que n'importe quel modèle ; l'archive est peut-être une bombe de décompression.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="vanished">Le fichier n'a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Package</name>
    <message>
        <location filename="../src/core/package/packagemanifest.cpp" line="+31" />
        <location filename="../src/core/package/flashrecipe.cpp" line="+77" />
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="+16" />
        <location filename="../src/core/package/flashrecipe.cpp" line="-6" />
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must be a relative path inside the package</source>
        <translation>doit être un chemin relatif à l'intérieur du paquet</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The package's manifest is malformed: %1 %2.</source>
        <translation>Le manifeste du paquet est mal formé : %1 %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the package again with tinydeploy-cli package (or Export Deployment Package in the GUI).</source>
        <translation>Recréez le paquet avec tinydeploy-cli package (ou avec « Exporter un paquet de déploiement » dans l'interface graphique).</translation>
    </message>
    <message>
        <location line="+93" />
        <source>The package's manifest is larger than %1 MiB: this is not a deployment package.</source>
        <translation>Le manifeste du paquet dépasse %1 Mio : ce n'est pas un paquet de déploiement.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The package's manifest is not a JSON object.</source>
        <translation>Le manifeste du paquet n'est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is damaged or not a deployment package: make the package again.</source>
        <translation>Le fichier est endommagé ou n'est pas un paquet de déploiement : recréez le paquet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The package's manifest has no package_format: this is not a deployment package.</source>
        <translation>Le manifeste du paquet n'a pas de package_format : ce n'est pas un paquet de déploiement.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The package has format version %1; this TinyDeploy reads version %2.</source>
        <translation>Le paquet est au format version %1 ; cette version de TinyDeploy lit la version %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Update TinyDeploy to open it.</source>
        <translation>Mettez à jour TinyDeploy pour l'ouvrir.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the package again with this TinyDeploy.</source>
        <translation>Recréez le paquet avec cette version de TinyDeploy.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be an ISO 8601 time</source>
        <translation>doit être une date ISO 8601</translation>
    </message>
    <message>
        <location line="+44" />
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <location line="+13" />
        <source>must be 64 lowercase hex digits</source>
        <translation>doit comporter 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be a byte count</source>
        <translation>doit être un nombre d'octets</translation>
    </message>
    <message>
        <location line="+2" />
        <source>names a member twice</source>
        <translation>cite un élément deux fois</translation>
    </message>
    <message>
        <location line="+15" />
        <source>names %1, which is not among the members</source>
        <translation>cite %1, qui ne fait pas partie des éléments</translation>
    </message>
    <message>
        <location filename="../src/core/package/flashrecipe.cpp" line="-53" />
        <source>The flash recipe is not usable: %1 %2.</source>
        <translation>La recette de flashage est inutilisable : %1 %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build the project again with this TinyDeploy, then make the package again.</source>
        <translation>Recompilez le projet avec cette version de TinyDeploy, puis recréez le paquet.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>is larger than 1 MiB</source>
        <translation>dépasse 1 Mio</translation>
    </message>
    <message>
        <location line="+4" />
        <source>is not a JSON object</source>
        <translation>n'est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+7" />
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The flash recipe has format version %1; this TinyDeploy reads version %2.</source>
        <translation>La recette de flashage est au format version %1 ; cette version de TinyDeploy lit la version %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Use the TinyDeploy that made the package, or make it again.</source>
        <translation>Utilisez la version de TinyDeploy qui a créé le paquet, ou recréez-le.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>must name at least one file</source>
        <translation>doit citer au moins un fichier</translation>
    </message>
    <message>
        <location line="+11" />
        <source>is not a known kind of file</source>
        <translation>n'est pas un type de fichier connu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be a relative path inside the project</source>
        <translation>doit être un chemin relatif à l'intérieur du projet</translation>
    </message>
    <message>
        <location filename="../src/core/package/packagewriter.cpp" line="+73" />
        <source>The file is too large for a deployment package.</source>
        <translation>Le fichier est trop volumineux pour un paquet de déploiement.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot read a file of the package.</source>
        <translation>Impossible de lire un fichier du paquet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the project is built and readable.</source>
        <translation>Vérifiez que le projet est compilé et lisible.</translation>
    </message>
    <message>
        <location line="+169" />
        <source>Cannot write the deployment package.</source>
        <translation>Impossible d'écrire le paquet de déploiement.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and the permissions of the folder.</source>
        <translation>Vérifiez l'espace libre et les droits du dossier.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The project folder does not exist.</source>
        <translation>Le dossier du projet n'existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the folder of a generated and built project.</source>
        <translation>Indiquez le dossier d'un projet généré et compilé.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The project cannot be packaged: its template does not describe how to flash without it.</source>
        <translation>Le projet ne peut pas être empaqueté : son modèle de projet ne décrit pas comment flasher sans lui.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deployment packages need a project of TinyDeploy's own templates (host, qemu-cortex-m, stm32, microbit); flash this one with tinydeploy-cli flash.</source>
        <translation>Les paquets de déploiement nécessitent un projet issu des modèles de projet propres à TinyDeploy (host, qemu-cortex-m, stm32, microbit) ; flashez celui-ci avec tinydeploy-cli flash.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The project is not built (or was built before TinyDeploy wrote flash recipes).</source>
        <translation>Le projet n'est pas compilé (ou a été compilé avant que TinyDeploy n'écrive des recettes de flashage).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build it (tinydeploy-cli build PROJECT), then make the package.</source>
        <translation>Compilez-le (tinydeploy-cli build PROJECT), puis créez le paquet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot read the project's flash recipe.</source>
        <translation>Impossible de lire la recette de flashage du projet.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The built firmware named by the flash recipe is missing.</source>
        <translation>Le firmware compilé indiqué par la recette de flashage est manquant.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build the project again, then make the package.</source>
        <translation>Recompilez le projet, puis créez le paquet.</translation>
    </message>
    <message>
        <location filename="../src/core/package/packagereader.cpp" line="+27" />
        <source>Do not flash it: ask for the package again, or make it again from the built project.</source>
        <translation>Ne le flashez pas : redemandez le paquet, ou recréez-le à partir du projet compilé.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The deployment package does not exist or is not a file.</source>
        <translation>Le paquet de déploiement n'existe pas ou n'est pas un fichier.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the path of a .tdpkg file.</source>
        <translation>Indiquez le chemin d'un fichier .tdpkg.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file is not a deployment package (not a tar archive).</source>
        <translation>Le fichier n'est pas un paquet de déploiement (ce n'est pas une archive tar).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The file is not a deployment package: its first member is not manifest.json.</source>
        <translation>Le fichier n'est pas un paquet de déploiement : son premier élément n'est pas manifest.json.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Make packages with tinydeploy-cli package or the GUI's Export Deployment Package.</source>
        <translation>Créez les paquets avec tinydeploy-cli package ou avec « Exporter un paquet de déploiement » dans l'interface graphique.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The package holds a link; deployment packages hold only files.</source>
        <translation>Le paquet contient un lien ; les paquets de déploiement ne contiennent que des fichiers.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The package was changed after it was written: it holds %1, which its manifest does not list.</source>
        <translation>Le paquet a été modifié après son écriture : il contient %1, que son manifeste ne liste pas.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The package was changed after it was written: %1 has %2 bytes, its manifest recorded %3.</source>
        <translation>Le paquet a été modifié après son écriture : %1 fait %2 octets, son manifeste en indiquait %3.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The package was changed after it was written: %1, which its manifest lists, is missing.</source>
        <translation>Le paquet a été modifié après son écriture : %1, listé dans son manifeste, est manquant.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The package was changed after it was written: the contents of %1 differ from what its manifest recorded (SHA-256 %2, expected %3).</source>
        <translation>Le paquet a été modifié après son écriture : le contenu de %1 diffère de ce qu'indique son manifeste (SHA-256 %2, attendu %3).</translation>
    </message>
    <message>
        <location filename="../src/core/package/recipeflasher.cpp" line="+45" />
        <source>TinyDeploy's flashing library (firmware_templates/common/tdserver) is not installed beside the program.</source>
        <translation>La bibliothèque de flashage de TinyDeploy (firmware_templates/common/tdserver) n'est pas installée à côté du programme.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reinstall TinyDeploy: flashing a package needs its share folder.</source>
        <translation>Réinstallez TinyDeploy : le flashage d'un paquet nécessite son dossier share.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Looked in: %1</source>
        <translation>Recherché dans : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no bundled folder)</source>
        <translation>(aucun dossier fourni)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>A flash is already in progress.</source>
        <translation>Un flashage est déjà en cours.</translation>
    </message>
    <message>
        <location line="+121" />
        <source>Command: %1
Exit status %2
Last lines of output:
%3</source>
        <translation>Commande : %1
Code de sortie %2
Dernières lignes de la sortie :
%3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The flash was cancelled.</source>
        <translation>Le flashage a été annulé.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The flashing library could not be started: %1</source>
        <translation>La bibliothèque de flashage n'a pas pu être démarrée : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The flashing library ended without saying why (exit status %1).</source>
        <translation>La bibliothèque de flashage s'est arrêtée sans en donner la raison (code de sortie %1).</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Plugin</name>
    <message>
        <location filename="../src/core/plugin/plugininfo.cpp" line="+10" />
        <source>not loaded yet</source>
        <translation>pas encore chargée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>loaded</source>
        <translation>chargée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>incompatible</source>
        <translation>incompatible</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not used (an earlier copy was loaded)</source>
        <translation>non utilisée (une copie précédente a été chargée)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../src/core/plugin/pluginmanager.cpp" line="+69" />
        <source>%1 (built in)</source>
        <translation>%1 (intégrée)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reinstall TinyDeploy, or remove this file from the plugin folder.</source>
        <translation>Réinstallez TinyDeploy, ou retirez ce fichier du dossier des extensions.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Install the plugin that came with this TinyDeploy (%1), or reinstall TinyDeploy.</source>
        <translation>Installez l'extension fournie avec ce TinyDeploy (%1), ou réinstallez TinyDeploy.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The plugin does not say which TinyDeploy versions it works with (no "%1" in its metadata).</source>
        <translation>L'extension n'indique pas avec quelles versions de TinyDeploy elle fonctionne (pas de « %1 » dans ses métadonnées).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plugin's "%1" is not a string.</source>
        <translation>Le « %1 » de l'extension n'est pas une chaîne.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The plugin's "%1" is not a version number: "%2".</source>
        <translation>Le « %1 » de l'extension n'est pas un numéro de version : « %2 ».</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The plugin's metadata is inconsistent: compatVersion %1 is newer than version %2.</source>
        <translation>Les métadonnées de l'extension sont incohérentes : compatVersion %1 est plus récente que version %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The plugin is made for TinyDeploy %1; this is TinyDeploy %2.</source>
        <translation>L'extension est faite pour TinyDeploy %1 ; ceci est TinyDeploy %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The plugin is made for TinyDeploy %1 to %2; this is TinyDeploy %3.</source>
        <translation>L'extension est faite pour TinyDeploy %1 à %2 ; ceci est TinyDeploy %3.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>This file is not a TinyDeploy plugin, or it is damaged.</source>
        <translation>Ce fichier n'est pas une extension TinyDeploy, ou il est endommagé.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The plugin's metadata names no interface (IID).</source>
        <translation>Les métadonnées de l'extension ne nomment aucune interface (IID).</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The plugin could not be loaded.</source>
        <translation>L'extension n'a pas pu être chargée.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A library it needs may be missing or of another version. Reinstall TinyDeploy.</source>
        <translation>Une bibliothèque dont elle a besoin manque peut-être ou est d'une autre version. Réinstallez TinyDeploy.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The plugin declares the interface %1 but its object (%2) does not implement it.</source>
        <translation>L'extension déclare l'interface %1, mais son objet (%2) ne l'implémente pas.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::ProjectApi</name>
    <message>
        <location filename="../src/core/projectapi/base85.cpp" line="+79" />
        <source>Invalid Base85 character 0x%1 at offset %2.</source>
        <translation>Caractère Base85 invalide 0x%1 à la position %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>The data is not Base85 text as Python's base64.b85encode makes it.</source>
        <translation>Les données ne sont pas du texte Base85 tel que le produit base64.b85encode de Python.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Base85 overflow in the group starting at offset %1.</source>
        <translation>Dépassement Base85 dans le groupe commençant à la position %1.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/jsonrpc.cpp" line="+22" />
        <source>... (%1 bytes in total)</source>
        <translation>... (%1 octets au total)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply line: %1</source>
        <translation>Ligne de réponse : %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Project API server sent a malformed reply: %1</source>
        <translation>Le serveur Project API a envoyé une réponse mal formée : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template's server does not follow the Project API protocol; check its log output.</source>
        <translation>Le serveur du modèle de projet ne suit pas le protocole Project API ; consultez sa sortie de journal.</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Server message: %1</source>
        <translation>Message du serveur : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server message: %1

%2</source>
        <translation>Message du serveur : %1

%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The device transport is closed.</source>
        <translation>Le transport vers l'appareil est fermé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the board is connected and flashed, then open the transport again.</source>
        <translation>Vérifiez que la carte est connectée et flashée, puis rouvrez le transport.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device did not answer in time.</source>
        <translation>L'appareil n'a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the connection to the board, or allow a longer timeout.</source>
        <translation>Vérifiez la connexion à la carte, ou autorisez un délai plus long.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The template does not support this TVM version.</source>
        <translation>Le modèle de projet ne prend pas en charge cette version de TVM.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a template made for the TVM version of the model, or a newer template.</source>
        <translation>Utilisez un modèle de projet fait pour la version de TVM du modèle, ou un modèle de projet plus récent.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The Project API server failed: %1</source>
        <translation>Le serveur Project API a échoué : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the server's log output above the traceback for the cause.</source>
        <translation>La cause se trouve dans la sortie de journal du serveur, au-dessus de la trace d'appels.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server rejected the request as invalid: %1</source>
        <translation>Le serveur a rejeté la requête comme invalide : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is a bug in TinyDeploy or the server; the server stops after this error.</source>
        <translation>C'est un bogue de TinyDeploy ou du serveur ; le serveur s'arrête après cette erreur.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server does not implement this method: %1</source>
        <translation>Le serveur n'implémente pas cette méthode : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template may be too old or incomplete for this step.</source>
        <translation>Le modèle de projet est peut-être trop ancien ou incomplet pour cette étape.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server rejected the parameters: %1</source>
        <translation>Le serveur a rejeté les paramètres : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template may expect a different Project API version.</source>
        <translation>Le modèle de projet attend peut-être une autre version de la Project API.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server answered with error %1: %2</source>
        <translation>Le serveur a répondu par l'erreur %1 : %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>not JSON (%1 at offset %2)</source>
        <translation>pas du JSON (%1 à la position %2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"jsonrpc" is not "2.0"</source>
        <translation>« jsonrpc » n'est pas « 2.0 »</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The server answered request %1 with the id %2.</source>
        <translation>Le serveur a répondu à la requête %1 avec l'identifiant %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../src/core/projectapi/projectoption.cpp" line="+19" />
        <source>The template's server does not follow the Project API protocol.</source>
        <translation>Le serveur du modèle de projet ne suit pas le protocole Project API.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"error" is not an object</source>
        <translation>« error » n'est pas un objet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"error.code" is not an integer</source>
        <translation>« error.code » n'est pas un entier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"error.message" is not a string</source>
        <translation>« error.message » n'est pas une chaîne</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it has neither "result" nor "error"</source>
        <translation>elle n'a ni « result » ni « error »</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/lineframer.cpp" line="+17" />
        <source>A line is longer than the limit of %1 bytes.</source>
        <translation>Une ligne dépasse la limite de %1 octets.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The other side sent more data on one line than is plausible; the line was skipped.</source>
        <translation>L'autre côté a envoyé plus de données sur une ligne que vraisemblable ; la ligne a été ignorée.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line length limit: %1 bytes.</source>
        <translation>Limite de longueur de ligne : %1 octets.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/optionvalues.cpp" line="+19" />
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../src/core/projectapi/projectoption.cpp" line="+194" />
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+5" />
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Option '%1' must be %2; got '%3'.</source>
        <translation>L'option « %1 » doit être %2 ; reçu « %3 ».</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Unknown option '%1'.</source>
        <translation>Option inconnue « %1 ».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This template declares no options.</source>
        <translation>Ce modèle de projet ne déclare aucune option.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Known options: %1.</source>
        <translation>Options connues : %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+9" />
        <source>one of %1</source>
        <translation>l'une de %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>true or false (or 1/0, yes/no, on/off)</source>
        <translation>true ou false (ou 1/0, yes/no, on/off)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Option assignments have the form NAME=VALUE; got '%1'.</source>
        <translation>Les affectations d'options ont la forme NOM=VALEUR ; reçu « %1 ».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For example: -o workspace_size_bytes=65536</source>
        <translation>Par exemple : -o workspace_size_bytes=65536</translation>
    </message>
    <message>
        <location line="+29" />
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Set it with %1=VALUE.</source>
        <translation>Définissez-la avec %1=VALEUR.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Allowed values: %1.</source>
        <translation>Valeurs autorisées : %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Option '%1' is required for %2.</source>
        <translation>L'option « %1 » est obligatoire pour %2.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/projectapiclient.cpp" line="+93" />
        <source>A Project API server is already running for this client.</source>
        <translation>Un serveur Project API est déjà en cours d'exécution pour ce client.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The Project API server was stopped.</source>
        <translation>Le serveur Project API a été arrêté.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>No Project API server has been started.</source>
        <translation>Aucun serveur Project API n'a été démarré.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The server's reply is longer than the limit of %1 bytes.</source>
        <translation>La réponse du serveur dépasse la limite de %1 octets.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The Project API server did not answer %1 within %2 s.</source>
        <translation>Le serveur Project API n'a pas répondu à %1 dans les %2 s.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server was stopped. Check its log output for where it got stuck.</source>
        <translation>Le serveur a été arrêté. Sa sortie de journal montre où il s'est bloqué.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server seems to wait for an answer to "%1", which it cannot get: a Project API server has no terminal. Set up what it asks for beforehand (for example, the permission it needs), then retry.</source>
        <translation>Le serveur semble attendre une réponse à « %1 », qu'il ne peut pas obtenir : un serveur Project API n'a pas de terminal. Configurez au préalable ce qu'il demande (par exemple, l'autorisation dont il a besoin), puis réessayez.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not sent: the server did not answer %1 in time.</source>
        <translation>Non envoyé : le serveur n'a pas répondu à %1 à temps.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Command: %1</source>
        <translation>Commande : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Working directory: %1</source>
        <translation>Dossier de travail : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Server process: %1</source>
        <translation>Processus du serveur : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server wrote nothing to stderr.</source>
        <translation>Le serveur n'a rien écrit sur stderr.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Last %n line(s) of the server's stderr:</source>
        <translation>
            <numerusform>Dernière ligne (%n) de stderr du serveur :</numerusform>
            <numerusform>Dernières %n lignes de stderr du serveur :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>The Project API server could not be started: %1</source>
        <translation>Le serveur Project API n'a pas pu être démarré : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check that the template's launch script or Python interpreter exists and is executable.</source>
        <translation>Vérifiez que le script de lancement du modèle de projet ou l'interpréteur Python existe et est exécutable.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Project API server crashed (%1).</source>
        <translation>Le serveur Project API a planté (%1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The Project API server exited (%1).</source>
        <translation>Le serveur Project API s'est arrêté (%1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The last lines of its error output below usually say why.</source>
        <translation>Les dernières lignes de sa sortie d'erreur ci-dessous indiquent généralement pourquoi.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>'%1' is not a valid Project API method name.</source>
        <translation>« %1 » n'est pas un nom de méthode Project API valide.</translation>
    </message>
    <message>
        <location line="+101" />
        <source>The server's answer is malformed: expected a Base85 string.</source>
        <translation>La réponse du serveur est mal formée : une chaîne Base85 était attendue.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/projectoption.cpp" line="-196" />
        <source>The server's answer is malformed: %1.</source>
        <translation>La réponse du serveur est mal formée : %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>expected %1</source>
        <translation>%1 attendu</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+180" />
        <location line="+23" />
        <location line="+16" />
        <location line="+36" />
        <location line="+20" />
        <source>the field is missing</source>
        <translation>le champ est absent</translation>
    </message>
    <message>
        <location line="-273" />
        <location line="+17" />
        <location line="+108" />
        <location line="+16" />
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="-129" />
        <source>an array of method names or null</source>
        <translation>un tableau de noms de méthodes ou null</translation>
    </message>
    <message>
        <location line="+78" />
        <location line="+81" />
        <location line="+78" />
        <location line="+6" />
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="-148" />
        <source>a string, number or boolean</source>
        <translation>une chaîne, un nombre ou un booléen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>an array or null</source>
        <translation>un tableau ou null</translation>
    </message>
    <message>
        <location line="+71" />
        <source>The template's server speaks Project API protocol version %1; TinyDeploy supports version %2.</source>
        <translation>Le serveur du modèle de projet parle la version %1 du protocole Project API ; TinyDeploy prend en charge la version %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Use a template written for microTVM's Project API (TVM 0.8 to 0.18).</source>
        <translation>Utilisez un modèle de projet écrit pour la Project API de microTVM (TVM 0.8 à 0.18).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a string or null</source>
        <translation>une chaîne ou null</translation>
    </message>
    <message>
        <location line="+7" />
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="+56" />
        <source>a number of seconds, 0 or more</source>
        <translation>un nombre de secondes, 0 ou plus</translation>
    </message>
    <message>
        <source>TINYDEPLOY_PYTHON is set to '%1', which is not an executable.</source>
        <translation type="vanished">TINYDEPLOY_PYTHON vaut « %1 », qui n'est pas un exécutable.</translation>
    </message>
    <message>
        <source>Set TINYDEPLOY_PYTHON to a Python 3 interpreter, or unset it to use python3 from PATH.</source>
        <translation type="vanished">Donnez à TINYDEPLOY_PYTHON un interpréteur Python 3, ou supprimez-la pour utiliser python3 du PATH.</translation>
    </message>
    <message>
        <source>No python3 was found on PATH to run the template's server.</source>
        <translation type="vanished">Aucun python3 trouvé dans le PATH pour exécuter le serveur du modèle de projet.</translation>
    </message>
    <message>
        <source>Install Python 3, or set TINYDEPLOY_PYTHON to an interpreter.</source>
        <translation type="vanished">Installez Python 3, ou donnez à TINYDEPLOY_PYTHON un interpréteur.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/serverlaunch.cpp" line="+20" />
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed to start: %1</source>
        <translation>échec du démarrage : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>killed by signal %1</source>
        <translation>tué par le signal %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>killed by signal %1 (SIG%2)</source>
        <translation>tué par le signal %1 (SIG%2)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The template or project directory '%1' does not exist.</source>
        <translation>Le dossier de modèle de projet ou de projet « %1 » n'existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose an existing template or generated project directory.</source>
        <translation>Choisissez un dossier existant de modèle de projet ou de projet généré.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The launch script is not executable.</source>
        <translation>Le script de lancement n'est pas exécutable.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make it executable (chmod +x %1).</source>
        <translation>Rendez-le exécutable (chmod +x %1).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No Project API server found in '%1'.</source>
        <translation>Aucun serveur Project API trouvé dans « %1 ».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A template or generated project contains microtvm_api_server.py or launch_microtvm_api_server.sh.</source>
        <translation>Un modèle de projet ou un projet généré contient microtvm_api_server.py ou launch_microtvm_api_server.sh.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/serverprocess.cpp" line="+119" />
        <source>This server process object has already been started.</source>
        <translation>Cet objet de processus serveur a déjà été démarré.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+8" />
        <location line="+20" />
        <source>Could not create a pipe: %1</source>
        <translation>Impossible de créer un tube : %1</translation>
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
        <translation type="vanished">un booléen</translation>
    </message>
    <message>
        <location filename="../src/core/templates/boardinfo.cpp" line="+91" />
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="vanished">un nombre décimal</translation>
    </message>
    <message>
        <location line="-35" />
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+305" />
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="-229" />
        <location line="+131" />
        <location line="+103" />
        <location line="+12" />
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="vanished">une valeur inconnue</translation>
    </message>
    <message>
        <location line="-335" />
        <source>Fix the template's boards.json, or tell the template's author.</source>
        <translation>Corrigez le boards.json du modèle de projet, ou prévenez son auteur.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Expected %1 but found %2.</source>
        <translation>%1 attendu mais %2 trouvé.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The number is too large.</source>
        <translation>Le nombre est trop grand.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Expected a number (decimal or 0x hexadecimal) but found "%1".</source>
        <translation>Un nombre (décimal ou hexadécimal 0x) était attendu mais « %1 » a été trouvé.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The value %1 is out of range (%2 to %3).</source>
        <translation>La valeur %1 est hors limites (%2 à %3).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Expected a 4-digit hexadecimal USB id but found "%1".</source>
        <translation>Un identifiant USB hexadécimal à 4 chiffres était attendu mais « %1 » a été trouvé.</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+21" />
        <location line="+210" />
        <location line="+17" />
        <source>The field is missing.</source>
        <translation>Le champ est absent.</translation>
    </message>
    <message>
        <location line="-237" />
        <source>Expected "flash" or "ram" but found "%1".</source>
        <translation>« flash » ou « ram » attendu mais « %1 » trouvé.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>an object or an array</source>
        <translation>un objet ou un tableau</translation>
    </message>
    <message>
        <location line="+44" />
        <location line="+2" />
        <source>The field is missing while %1 is set.</source>
        <translation>Le champ est absent alors que %1 est défini.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A board name is empty.</source>
        <translation>Un nom de carte est vide.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>true, false, null or the FPU's name</source>
        <translation>true, false, null ou le nom du FPU</translation>
    </message>
    <message>
        <location line="+84" />
        <location line="+4" />
        <source>an object of boards</source>
        <translation>un objet de cartes</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The file lists no board.</source>
        <translation>Le fichier ne liste aucune carte.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>The file is too large (%1 bytes, at most %2).</source>
        <translation>Le fichier est trop grand (%1 octets, au plus %2).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1).</source>
        <translation type="vanished">Le fichier n'est pas du JSON valide (à l'octet %1).</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation type="vanished">Le fichier n'est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The file nests deeper than %1 levels.</source>
        <translation type="vanished">Le fichier est imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Cannot read the board list.</source>
        <translation>Impossible de lire la liste des cartes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the file exists and is readable.</source>
        <translation>Vérifiez que le fichier existe et est lisible.</translation>
    </message>
    <message>
        <location filename="../src/core/templates/fitcheck.cpp" line="+39" />
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>constants</source>
        <translation>constantes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I/O</source>
        <translation>E/S</translation>
    </message>
    <message>
        <location line="+2" />
        <source>runtime</source>
        <translation>runtime</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Flash: needs %1; the board does not declare its flash size.</source>
        <translation>Flash : %1 nécessaires ; la carte ne déclare pas la taille de sa flash.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>RAM: needs %1; the board does not declare its RAM size.</source>
        <translation>RAM : %1 nécessaires ; la carte ne déclare pas la taille de sa RAM.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Flash: %1 of %2 (%3 %), %4 free.</source>
        <translation>Flash : %1 sur %2 (%3 %), %4 libres.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>RAM: %1 of %2 (%3 %), %4 free.</source>
        <translation>RAM : %1 sur %2 (%3 %), %4 libres.</translation>
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
        <translation>La flash déborde de %1 : %2 &gt; %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RAM overflows by %1: %2 &gt; %3</source>
        <translation>La RAM déborde de %1 : %2 &gt; %3</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The archive states no workspace size: taken as 0.</source>
        <translation>L'archive n'indique pas la taille de l'espace de travail : 0 retenu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The archive states no constants size: taken from the parameters file.</source>
        <translation>L'archive n'indique pas la taille des constantes : prise dans le fichier de paramètres.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The archive states no I/O size: taken from the input and output sizes.</source>
        <translation>L'archive n'indique pas la taille des E/S : prise dans les tailles des entrées et sorties.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Code size is estimated from the generated C sources (1 byte per %n source bytes).</source>
        <translation>
            <numerusform>La taille du code est estimée d'après les sources C générées (1 octet pour %n octet de source).</numerusform>
            <numerusform>La taille du code est estimée d'après les sources C générées (1 octet pour %n octets de source).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>Runtime: %1 of flash and %2 of RAM, as the template states for this board.</source>
        <translation>Environnement d'exécution : %1 de flash et %2 de RAM, comme l'indique le modèle de projet pour cette carte.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Runtime: %1 of flash and %2 of RAM is a guess; the template does not state what its runtime needs.</source>
        <translation>Environnement d'exécution : %1 de flash et %2 de RAM sont une estimation ; le modèle de projet n'indique pas ce dont son environnement d'exécution a besoin.</translation>
    </message>
    <message>
        <source>Install the Python module "%1" for the interpreter that runs the template (TINYDEPLOY_PYTHON, else python3), for example with apt-get install python3-%1.</source>
        <translation type="vanished">Installez le module Python « %1 » pour l'interpréteur qui exécute le modèle de projet (TINYDEPLOY_PYTHON, sinon python3), par exemple avec apt-get install python3-%1.</translation>
    </message>
    <message>
        <location filename="../src/core/templates/serverfailure.cpp" line="+40" />
        <source>Install the Python module "%1" for the interpreter that runs the template (TINYDEPLOY_PYTHON, else python3), for example with apt-get install %2.</source>
        <translation>Installez le module Python « %1 » pour l'interpréteur qui exécute le modèle de projet (TINYDEPLOY_PYTHON, sinon python3), par exemple avec apt-get install %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The template's server does not run with this Python version.</source>
        <translation>Le serveur du modèle de projet ne fonctionne pas avec cette version de Python.</translation>
    </message>
    <message>
        <location filename="../src/core/templates/templatecache.cpp" line="+134" />
        <source>Cannot create the cache folder.</source>
        <translation>Impossible de créer le dossier du cache.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>Check the permissions of the folder.</source>
        <translation>Vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+11" />
        <source>Cannot write the template cache.</source>
        <translation>Impossible d'écrire le cache des modèles de projet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and permissions.</source>
        <translation>Vérifiez l'espace libre et les droits.</translation>
    </message>
    <message>
        <location filename="../src/core/templates/templatecatalog.cpp" line="+183" />
        <source>The template reports an incomplete environment.</source>
        <translation>Le modèle de projet signale un environnement incomplet.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>This folder was added but not confirmed yet.</source>
        <translation>Ce dossier a été ajouté mais pas encore confirmé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirm the folder to let TinyDeploy run its template server.</source>
        <translation>Confirmez le dossier pour que TinyDeploy puisse exécuter le serveur de ce modèle de projet.</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+71" />
        <source>The query was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The answer is not a JSON object.</source>
        <translation>La réponse n'est pas un objet JSON.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The template's server did not answer within %n s.</source>
        <translation>
            <numerusform>Le serveur du modèle de projet n'a pas répondu dans les %n s.</numerusform>
            <numerusform>Le serveur du modèle de projet n'a pas répondu dans les %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run "tinydeploy-cli options %1" to see its log.</source>
        <translation>Lancez « tinydeploy-cli options %1 » pour voir son journal.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The folder is a generated project, not a template.</source>
        <translation>Le dossier est un projet généré, pas un modèle de projet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove it from the template folders; use it with "tinydeploy-cli build" instead.</source>
        <translation>Retirez-le des dossiers de modèles de projet ; utilisez-le plutôt avec « tinydeploy-cli build ».</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Tensor</name>
    <message>
        <location filename="../src/core/tensor/dtype.cpp" line="+31" />
        <source>The data type "%1" is not supported.</source>
        <translation>Le type de données « %1 » n'est pas pris en charge.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use one of float16, float32, float64, bfloat16, int8, int16, int32, int64, uint8, uint16, uint32, uint64 or bool.</source>
        <translation>Utilisez float16, float32, float64, bfloat16, int8, int16, int32, int64, uint8, uint16, uint32, uint64 ou bool.</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/tensor.cpp" line="+103" />
        <source>Dimension %1 of the shape %2 is negative.</source>
        <translation>La dimension %1 de la forme %2 est négative.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+26" />
        <location line="+34" />
        <source>The shape %1 has too many elements.</source>
        <translation>La forme %1 a trop d'éléments.</translation>
    </message>
    <message>
        <location line="-41" />
        <source>The tensor has no data type.</source>
        <translation>Le tenseur n'a pas de type de données.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A %1 tensor of shape %2 needs %3 bytes, but %4 bytes were given.</source>
        <translation>Un tenseur %1 de forme %2 demande %3 octets, mais %4 octets ont été fournis.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Values cannot be converted to %1.</source>
        <translation>Les valeurs ne peuvent pas être converties en %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The shape %1 holds %2 values, but %3 values were given.</source>
        <translation>La forme %1 contient %2 valeurs, mais %3 valeurs ont été fournies.</translation>
    </message>
    <message>
        <location line="+134" />
        <source>A tensor of shape %1 cannot be reshaped to %2: the element counts differ (%3 and %4).</source>
        <translation>Un tenseur de forme %1 ne peut pas être remis en forme %2 : le nombre d'éléments diffère (%3 et %4).</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npyheader.cpp" line="+13" />
        <source>Save the array again with numpy.save() from NumPy.</source>
        <translation>Enregistrez à nouveau le tableau avec numpy.save() de NumPy.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The header is a %1, not a dictionary.</source>
        <translation>L'en-tête est un %1, pas un dictionnaire.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unexpected text after the header dictionary at offset %1.</source>
        <translation>Texte inattendu après le dictionnaire d'en-tête à la position %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The header ends in the middle of its dictionary.</source>
        <translation>L'en-tête s'arrête au milieu de son dictionnaire.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unexpected character '%1' at offset %2 of the header.</source>
        <translation>Caractère inattendu « %1 » à la position %2 de l'en-tête.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The header is nested too deeply.</source>
        <translation>L'en-tête est trop imbriqué.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Escape sequences in header strings are not supported.</source>
        <translation>Les séquences d'échappement dans les chaînes de l'en-tête ne sont pas prises en charge.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A string in the header is not terminated.</source>
        <translation>Une chaîne de l'en-tête n'est pas terminée.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" in the header is not an integer that fits 64 bits.</source>
        <translation>« %1 » dans l'en-tête n'est pas un entier tenant sur 64 bits.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Unknown word "%1" in the header.</source>
        <translation>Mot inconnu « %1 » dans l'en-tête.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>A header key is not a string.</source>
        <translation>Une clé de l'en-tête n'est pas une chaîne.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The header has the key '%1' twice.</source>
        <translation>L'en-tête contient deux fois la clé « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npy.cpp" line="+40" />
        <source>The array's data type '%1' is not supported: %2</source>
        <translation>Le type de données « %1 » du tableau n'est pas pris en charge : %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Convert the array to a supported type first, for example a.astype(np.float32) or a.astype(np.int8), and save it again.</source>
        <translation>Convertissez d'abord le tableau en un type pris en charge, par exemple a.astype(np.float32) ou a.astype(np.int8), puis enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is not a NumPy type string.</source>
        <translation>ce n'est pas une chaîne de type NumPy.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it does not start with a byte order (&lt;, &gt;, | or =).</source>
        <translation>elle ne commence pas par un ordre des octets (&lt;, &gt;, | ou =).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The array holds Python objects ('%1'); only numeric arrays can be read.</source>
        <translation>Le tableau contient des objets Python (« %1 ») ; seuls les tableaux numériques peuvent être lus.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Object arrays are Python pickles: convert the data to a numeric array (for example np.asarray(a, dtype=np.float32)) and save it again.</source>
        <translation>Les tableaux d'objets sont des pickles Python : convertissez les données en tableau numérique (par exemple np.asarray(a, dtype=np.float32)) et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the item size is missing.</source>
        <translation>la taille des éléments est absente.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>only 2-, 4- and 8-byte floats are supported.</source>
        <translation>seuls les flottants de 2, 4 et 8 octets sont pris en charge.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>only 1-, 2-, 4- and 8-byte integers are supported.</source>
        <translation>seuls les entiers de 1, 2, 4 et 8 octets sont pris en charge.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>booleans are one byte.</source>
        <translation>les booléens font un octet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>complex numbers are not supported.</source>
        <translation>les nombres complexes ne sont pas pris en charge.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>strings are not supported.</source>
        <translation>les chaînes ne sont pas prises en charge.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>structured or void arrays are not supported.</source>
        <translation>les tableaux structurés ou void ne sont pas pris en charge.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dates and time deltas are not supported.</source>
        <translation>les dates et durées ne sont pas prises en charge.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the kind '%1' is unknown.</source>
        <translation>le genre « %1 » est inconnu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>.npy data</source>
        <translation>données .npy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: header field '%2'</source>
        <translation>%1 : champ d'en-tête « %2 »</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file is empty; a .npy file was expected.</source>
        <translation>Le fichier est vide ; un fichier .npy était attendu.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>The file ends inside the .npy signature (%n bytes).</source>
        <translation>
            <numerusform>Le fichier s'arrête au milieu de la signature .npy (%n octet).</numerusform>
            <numerusform>Le fichier s'arrête au milieu de la signature .npy (%n octets).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>This is a zip archive (.npz), not a single .npy array.</source>
        <translation>C'est une archive zip (.npz), pas un tableau .npy unique.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a NumPy .npy file: the signature "\x93NUMPY" is missing.</source>
        <translation>Ce n'est pas un fichier .npy de NumPy : la signature « \x93NUMPY » est absente.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open it as an .npz file.</source>
        <translation>Ouvrez-le comme fichier .npz.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/core/tensor/npz.cpp" line="+54" />
        <source>First bytes: %1</source>
        <translation>Premiers octets : %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file ends before the format version.</source>
        <translation>Le fichier s'arrête avant la version du format.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The .npy format version %1.%2 is not supported (1.0, 2.0 and 3.0 are).</source>
        <translation>La version %1.%2 du format .npy n'est pas prise en charge (1.0, 2.0 et 3.0 le sont).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The file ends before the header length.</source>
        <translation>Le fichier s'arrête avant la longueur de l'en-tête.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The header is %1 bytes long; at most %2 bytes are accepted.</source>
        <translation>L'en-tête fait %1 octets ; au plus %2 octets sont acceptés.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file is truncated: the header should be %1 bytes, but only %2 bytes follow.</source>
        <translation>Le fichier est tronqué : l'en-tête devrait faire %1 octets, mais seulement %2 octets suivent.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The header is not valid UTF-8.</source>
        <translation>L'en-tête n'est pas de l'UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The header contains the invalid character U+%1 at offset %2.</source>
        <translation>L'en-tête contient le caractère invalide U+%1 à la position %2.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The header has the unknown key '%1'.</source>
        <translation>L'en-tête contient la clé inconnue « %1 ».</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The header has no '%1' field.</source>
        <translation>L'en-tête n'a pas de champ « %1 ».</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The field holds a value of type %1; %2 was expected.</source>
        <translation>Le champ contient une valeur de type %1 ; %2 était attendu.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The array is a structured array (record fields); only plain numeric arrays are supported.</source>
        <translation>Le tableau est un tableau structuré (champs d'enregistrement) ; seuls les tableaux numériques simples sont pris en charge.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save each field as its own array.</source>
        <translation>Enregistrez chaque champ dans son propre tableau.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The array is big-endian ('%1'); only little-endian data is supported.</source>
        <translation>Le tableau est gros-boutiste (« %1 ») ; seules les données petit-boutistes sont prises en charge.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Convert it with a.astype(a.dtype.newbyteorder('&lt;')) and save it again.</source>
        <translation>Convertissez-le avec a.astype(a.dtype.newbyteorder('&lt;')) et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Dimension %1 of the shape is not a non-negative integer.</source>
        <translation>La dimension %1 de la forme n'est pas un entier positif ou nul.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The array of shape %1 is larger than the %2 bytes accepted.</source>
        <translation>Le tableau de forme %1 dépasse les %2 octets acceptés.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file is truncated: a %1 array of shape %2 needs %3 bytes of data, but only %4 bytes follow the header.</source>
        <translation>Le fichier est tronqué : un tableau %1 de forme %2 demande %3 octets de données, mais seulement %4 octets suivent l'en-tête.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file has %1 bytes of unexpected data after the array (a %2 array of shape %3 is %4 bytes).</source>
        <translation>Le fichier contient %1 octets de données inattendues après le tableau (un tableau %2 de forme %3 fait %4 octets).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The file may hold more than one array or be damaged; save a single array with numpy.save().</source>
        <translation>Le fichier contient peut-être plusieurs tableaux ou est endommagé ; enregistrez un seul tableau avec numpy.save().</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/tensorfile.cpp" line="+14" />
        <source>The file does not exist.</source>
        <translation>Le fichier n'existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the path.</source>
        <translation>Vérifiez le chemin.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file cannot be opened: %1</source>
        <translation>Le fichier ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The file is %1 bytes; at most %2 bytes are accepted.</source>
        <translation>Le fichier fait %1 octets ; au plus %2 octets sont acceptés.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npy.cpp" line="+29" />
        <location line="+16" />
        <source>NumPy has no type for %1.</source>
        <translation>NumPy n'a pas de type pour %1.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>The file cannot be created: %1</source>
        <translation>Le fichier ne peut pas être créé : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the folder exists and is writable.</source>
        <translation>Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file cannot be written: %1</source>
        <translation>Le fichier ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npz.cpp" line="-18" />
        <source>.npz data</source>
        <translation>données .npz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the arrays again with numpy.savez().</source>
        <translation>Enregistrez à nouveau les tableaux avec numpy.savez().</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file is empty; an .npz file was expected.</source>
        <translation>Le fichier est vide ; un fichier .npz était attendu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is a single .npy array, not an .npz archive.</source>
        <translation>C'est un tableau .npy unique, pas une archive .npz.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open it as an .npy file.</source>
        <translation>Ouvrez-le comme fichier .npy.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is not an .npz file: it is not a zip archive.</source>
        <translation>Ce n'est pas un fichier .npz : ce n'est pas une archive zip.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>libarchive could not allocate a reader.</source>
        <translation>libarchive n'a pas pu allouer de lecteur.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The zip archive cannot be opened.</source>
        <translation>L'archive zip ne peut pas être ouverte.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>The zip archive is damaged after %n member(s).</source>
        <translation>
            <numerusform>L'archive zip est endommagée après %n élément.</numerusform>
            <numerusform>L'archive zip est endommagée après %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The archive has more than %1 members.</source>
        <translation>L'archive contient plus de %1 éléments.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The archive holds the array twice.</source>
        <translation>L'archive contient le tableau deux fois.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The member cannot be decompressed.</source>
        <translation>L'élément ne peut pas être décompressé.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The member is larger than the %1 bytes accepted.</source>
        <translation>L'élément dépasse les %1 octets acceptés.</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/rawtensor.cpp" line="+17" />
        <source>The input is %1 bytes, but a %2 tensor of shape %3 is %4 bytes.</source>
        <translation>L'entrée fait %1 octets, mais un tenseur %2 de forme %3 en fait %4.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A raw input holds exactly the tensor's bytes, little-endian, in C order, without a header. Check the model's input dtype and shape.</source>
        <translation>Une entrée brute contient exactement les octets du tenseur, petit-boutiste, dans l'ordre C, sans en-tête. Vérifiez le type et la forme de l'entrée du modèle.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>raw input</source>
        <translation>entrée brute</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/metrics.cpp" line="+27" />
        <source>The %1 tensor's values cannot be read (data type "%2").</source>
        <translation>Les valeurs du tenseur %1 ne peuvent pas être lues (type de données « %2 »).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>actual</source>
        <translation>obtenu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The output is %1, but the expected output is %2.</source>
        <translation>La sortie est %1, mais la sortie attendue est %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare against expected outputs of the same model variant.</source>
        <translation>Comparez avec les sorties attendues de la même variante du modèle.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The output has the shape %1, but the expected output has %2.</source>
        <translation>La sortie a la forme %1, mais la sortie attendue a %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare against expected outputs of the same model.</source>
        <translation>Comparez avec les sorties attendues du même modèle.</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+19" />
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <location line="-15" />
        <source>The tensor is empty; it has no largest value.</source>
        <translation>Le tenseur est vide ; il n'a pas de plus grande valeur.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>k must not be negative (it is %1).</source>
        <translation>k ne doit pas être négatif (il vaut %1).</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/quantization.cpp" line="+17" />
        <source>The quantization scale %1 is not a positive number.</source>
        <translation>L'échelle de quantification %1 n'est pas un nombre positif.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the scale in the model's quantization parameters.</source>
        <translation>Vérifiez l'échelle dans les paramètres de quantification du modèle.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Only integer tensors can be dequantized; this one is %1.</source>
        <translation>Seuls les tenseurs entiers peuvent être déquantifiés ; celui-ci est %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Values can only be quantized to an integer type, not to %1.</source>
        <translation>Les valeurs ne peuvent être quantifiées que vers un type entier, pas vers %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only float tensors can be quantized; this one is %1.</source>
        <translation>Seuls les tenseurs flottants peuvent être quantifiés ; celui-ci est %1.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Util</name>
    <message>
        <location filename="../src/core/util/python.cpp" line="+32" />
        <source>TINYDEPLOY_PYTHON is set to '%1', which is not an executable.</source>
        <translation>TINYDEPLOY_PYTHON vaut « %1 », qui n'est pas un exécutable.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set TINYDEPLOY_PYTHON to a Python 3 interpreter, or unset it to use python3 from PATH.</source>
        <translation>Donnez à TINYDEPLOY_PYTHON un interpréteur Python 3, ou supprimez-la pour utiliser python3 du PATH.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No python3 was found on PATH to run the template's server.</source>
        <translation>Aucun python3 trouvé dans le PATH pour exécuter le serveur du modèle de projet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install Python 3, or set TINYDEPLOY_PYTHON to an interpreter.</source>
        <translation>Installez Python 3, ou donnez à TINYDEPLOY_PYTHON un interpréteur.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Validate</name>
    <message>
        <location filename="../src/core/validate/dataset.cpp" line="+34" />
        <source>A data set is a folder with inputs/ (and expected/ or labels.csv), a folder with labels.csv, one folder per class, or an .npz file with "inputs".</source>
        <translation>Un jeu de données est un dossier avec inputs/ (et expected/ ou labels.csv), un dossier avec labels.csv, un dossier par classe, ou un fichier .npz avec « inputs ».</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the model's input "%1" is %2</source>
        <translation>l'entrée « %1 » du modèle est %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the model's output "%1" is %2</source>
        <translation>la sortie « %1 » du modèle est %2</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+10" />
        <source>The file holds %1; %2.</source>
        <translation>Le fichier contient %1 ; %2.</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Give inputs of the model's type (an int8 model needs quantized inputs: use the data set of that variant).</source>
        <translation>Donnez des entrées du type du modèle (un modèle int8 veut des entrées quantifiées : prenez le jeu de données de cette variante).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give expected outputs of the model's type, as this model variant produces them.</source>
        <translation>Donnez des sorties attendues du type du modèle, telles que cette variante du modèle les produit.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give one sample per file, of the model's shape.</source>
        <translation>Donnez un échantillon par fichier, de la forme du modèle.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The label "%1" of %2 is neither a class index nor one of the model's labels.</source>
        <translation>L'étiquette « %1 » de %2 n'est ni un indice de classe ni l'une des étiquettes du modèle.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the class index (0, 1, ...).</source>
        <translation>Donnez l'indice de la classe (0, 1, ...).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use an index from 0 to %1 or one of: %2.</source>
        <translation>Utilisez un indice de 0 à %1 ou l'une de : %2.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The data set does not exist.</source>
        <translation>Le jeu de données n'existe pas.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This file is not a data set.</source>
        <translation>Ce fichier n'est pas un jeu de données.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The data set folder is empty.</source>
        <translation>Le dossier du jeu de données est vide.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The folder has no inputs/ folder, no labels.csv and no class folders.</source>
        <translation>Le dossier n'a ni dossier inputs/, ni labels.csv, ni dossiers de classes.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The folder holds no input files (.npy).</source>
        <translation>Le dossier ne contient aucun fichier d'entrée (.npy).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put one .npy file per sample in inputs/.</source>
        <translation>Mettez un fichier .npy par échantillon dans inputs/.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The expected output of %1 is missing.</source>
        <translation>La sortie attendue de %1 manque.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give an expected/ file for every input, or remove the expected/ folder and validate against labels.</source>
        <translation>Donnez un fichier expected/ pour chaque entrée, ou supprimez le dossier expected/ et validez avec les étiquettes.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The labels file names %1, which inputs/ does not hold.</source>
        <translation>Le fichier d'étiquettes nomme %1, que inputs/ ne contient pas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add the file or remove its line.</source>
        <translation>Ajoutez le fichier ou supprimez sa ligne.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The labels file has no label for %1.</source>
        <translation>Le fichier d'étiquettes n'a pas d'étiquette pour %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a line "inputs/%1,LABEL", or remove labels.csv.</source>
        <translation>Ajoutez une ligne « inputs/%1,LABEL », ou supprimez labels.csv.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The labels file lists no samples.</source>
        <translation>Le fichier d'étiquettes ne liste aucun échantillon.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add one line per sample: file,label</source>
        <translation>Ajoutez une ligne par échantillon : file,label</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The labels file names %1, which does not exist.</source>
        <translation>Le fichier d'étiquettes nomme %1, qui n'existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paths are relative to the folder of the labels file.</source>
        <translation>Les chemins sont relatifs au dossier du fichier d'étiquettes.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The class folder "%1" is not one of the model's labels.</source>
        <translation>Le dossier de classe « %1 » n'est pas l'une des étiquettes du modèle.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name each folder after a class: %1.</source>
        <translation>Nommez chaque dossier d'après une classe : %1.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The class folders hold no images or .npy files.</source>
        <translation>Les dossiers de classes ne contiennent ni images ni fichiers .npy.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the images of each class in a folder named after the class.</source>
        <translation>Mettez les images de chaque classe dans un dossier nommé d'après la classe.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The file has no array "inputs" (it has: %1).</source>
        <translation>Le fichier n'a pas de tableau « inputs » (il a : %1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the inputs as numpy.savez(FILE, inputs=..., expected=..., labels=...), samples along the first axis.</source>
        <translation>Enregistrez les entrées avec numpy.savez(FILE, inputs=..., expected=..., labels=...), les échantillons le long du premier axe.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The array "inputs" (%1) has no sample axis or no samples.</source>
        <translation>Le tableau « inputs » (%1) n'a pas d'axe d'échantillons ou pas d'échantillons.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put the samples along the first axis: [samples, ...input shape].</source>
        <translation>Mettez les échantillons le long du premier axe : [échantillons, ...forme de l'entrée].</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The array "%1" (%2) does not have one entry per sample of "inputs" (%3).</source>
        <translation>Le tableau « %1 » (%2) n'a pas une entrée par échantillon de « inputs » (%3).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give every array the same first dimension.</source>
        <translation>Donnez à tous les tableaux la même première dimension.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The array "labels" holds %1; labels are class indexes.</source>
        <translation>Le tableau « labels » contient %1 ; les étiquettes sont des indices de classe.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the labels as integers.</source>
        <translation>Enregistrez les étiquettes comme des entiers.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>This tool reads PGM and PPM images only.</source>
        <translation>Cet outil ne lit que les images PGM et PPM.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Convert the images to PGM or .npy, or validate in the TinyDeploy app, which reads PNG, JPEG and BMP.</source>
        <translation>Convertissez les images en PGM ou .npy, ou validez dans l'application TinyDeploy, qui lit PNG, JPEG et BMP.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Validation needs a model with one input; this one has %1.</source>
        <translation>La validation demande un modèle à une entrée ; celui-ci en a %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the model's inputs with tinydeploy-cli run --input instead.</source>
        <translation>Exécutez plutôt les entrées du modèle avec tinydeploy-cli run --input.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Expected outputs need a model with one output; this one has %1.</source>
        <translation>Les sorties attendues demandent un modèle à une sortie ; celui-ci en a %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Validate against labels or the host instead.</source>
        <translation>Validez plutôt avec les étiquettes ou avec l'hôte.</translation>
    </message>
    <message>
        <location filename="../src/core/validate/datasetformats.cpp" line="+44" />
        <source>A quoted field is not closed.</source>
        <translation>Un champ entre guillemets n'est pas fermé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close the field with a double quote ("), or remove the quote.</source>
        <translation>Fermez le champ par un guillemet double ("), ou supprimez le guillemet.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The first line of the labels file must name the columns "file" and "label".</source>
        <translation>La première ligne du fichier d'étiquettes doit nommer les colonnes « file » et « label ».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start the file with the line: file,label</source>
        <translation>Commencez le fichier par la ligne : file,label</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The line has %1 field(s); the file and the label need %2.</source>
        <translation>La ligne a %1 champ(s) ; le fichier et l'étiquette en demandent %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+7" />
        <source>Write each sample as: file,label</source>
        <translation>Écrivez chaque échantillon ainsi : file,label</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The line names no file.</source>
        <translation>La ligne ne nomme aucun fichier.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The sample %1 has no label.</source>
        <translation>L'échantillon %1 n'a pas d'étiquette.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give its class (an index or a name of the model's labels), or remove the line.</source>
        <translation>Donnez sa classe (un indice ou un nom des étiquettes du modèle), ou supprimez la ligne.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The labels file is empty.</source>
        <translation>Le fichier d'étiquettes est vide.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write a file,label header and one line per sample.</source>
        <translation>Écrivez un en-tête file,label et une ligne par échantillon.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The image is not a binary PGM or PPM file: %1.</source>
        <translation>L'image n'est pas un fichier PGM ou PPM binaire : %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save it as an 8-bit PGM (P5) or PPM (P6), or give an .npy file.</source>
        <translation>Enregistrez-la en PGM (P5) ou PPM (P6) 8 bits, ou donnez un fichier .npy.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no P5 or P6 signature</source>
        <translation>pas de signature P5 ou P6</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the header is incomplete</source>
        <translation>l'en-tête est incomplet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no pixels</source>
        <translation>pas de pixels</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the size %1 x %2 is out of range</source>
        <translation>la taille %1 x %2 est hors limites</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only 8-bit samples are read (maximum value %1)</source>
        <translation>seules les valeurs sur 8 bits sont lues (valeur maximale %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the pixels are truncated</source>
        <translation>les pixels sont tronqués</translation>
    </message>
    <message>
        <location filename="../src/core/validate/validation.cpp" line="+102" />
        <source>The validation is already running.</source>
        <translation>La validation est déjà en cours.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No device is connected for the validation.</source>
        <translation>Aucun appareil n'est connecté pour la validation.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the board first.</source>
        <translation>Connectez-vous d'abord à la carte.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record folder of the validation cannot be created.</source>
        <translation>Le dossier d'enregistrement de la validation ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the disk is writable.</source>
        <translation>Vérifiez que le disque est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The data set has no samples.</source>
        <translation>Le jeu de données n'a aucun échantillon.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a data set folder.</source>
        <translation>Choisissez un dossier de jeu de données.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The data set has no expected outputs to compare with.</source>
        <translation>Le jeu de données n'a pas de sorties attendues à comparer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Validate against its labels, or against the host.</source>
        <translation>Validez avec ses étiquettes, ou avec l'hôte.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add expected/ outputs or labels, or validate against the host.</source>
        <translation>Ajoutez des sorties attendues (expected/) ou des étiquettes, ou validez avec l'hôte.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The data set has no labels.</source>
        <translation>Le jeu de données n'a pas d'étiquettes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a labels.csv (file,label), or validate against the host.</source>
        <translation>Ajoutez un labels.csv (file,label), ou validez avec l'hôte.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The host reference is not running.</source>
        <translation>La référence hôte ne tourne pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build and start the host project of the model first.</source>
        <translation>Compilez et démarrez d'abord le projet hôte du modèle.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The host reference runs another model (%1) than the board (%2): their inputs or outputs differ.</source>
        <translation>La référence hôte exécute un autre modèle (%1) que la carte (%2) : leurs entrées ou sorties diffèrent.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Build the host reference from the board's model archive.</source>
        <translation>Compilez la référence hôte à partir de l'archive du modèle de la carte.</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+283" />
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <location line="-154" />
        <source>The device went away during the validation.</source>
        <translation>L'appareil a disparu pendant la validation.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect again and validate again.</source>
        <translation>Reconnectez-vous et validez à nouveau.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Sample %1 on the host reference</source>
        <translation>Échantillon %1 sur la référence hôte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample %1 on the board</source>
        <translation>Échantillon %1 sur la carte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+27" />
        <source>Deploys TVM Model Library Format models to microcontrollers.</source>
        <translation>Déploie des modèles TVM au Model Library Format sur des microcontrôleurs.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Model archive to open.</source>
        <translation>Archive de modèle à ouvrir.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open one full-screen kiosk for a class: the kiosk configuration (.tdkiosk) or deployment package (.tdpkg) FILE, one Deploy button, nothing to change. Ctrl+Q quits.</source>
        <translation>Ouvre un kiosque plein écran pour une classe : la configuration de kiosque (.tdkiosk) ou le paquet de déploiement (.tdpkg) FILE, un bouton « Déployer », rien à modifier. Ctrl+Q pour quitter.</translation>
    </message>
</context>
</TS>
