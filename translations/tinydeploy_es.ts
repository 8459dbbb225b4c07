<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BuildPage</name>
    <message>
        <location filename="../ui/buildpage.ui" />
        <source>Step 4: build</source>
        <translation>Paso 4: compilar</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;4. Build the firmware&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;4. Compilar el firmware&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>TinyDeploy asks the template to generate a project from the model, then builds it. The log shows what the compiler says.</source>
        <translation>TinyDeploy pide a la plantilla que genere un proyecto a partir del modelo y luego lo compila. El registro muestra lo que dice el compilador.</translation>
    </message>
    <message>
        <location />
        <source>Step status</source>
        <translation>Estado del paso</translation>
    </message>
    <message>
        <location />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location />
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location />
        <source>Cancel the step</source>
        <translation>Cancelar el paso</translation>
    </message>
    <message>
        <location />
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location />
        <source>Retry the failed step</source>
        <translation>Reintentar el paso fallido</translation>
    </message>
</context>
<context>
    <name>FlashPage</name>
    <message>
        <location filename="../ui/flashpage.ui" />
        <source>Step 5: flash</source>
        <translation>Paso 5: grabar</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;5. Flash the device&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;5. Grabar el dispositivo&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>The firmware is written to the board (or an emulated board is started). The port the device answers on is shown below.</source>
        <translation>El firmware se escribe en la placa (o se inicia una placa emulada). Abajo se muestra el puerto en el que responde el dispositivo.</translation>
    </message>
    <message>
        <location />
        <source>Step status</source>
        <translation>Estado del paso</translation>
    </message>
    <message>
        <location />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location />
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location />
        <source>Cancel the step</source>
        <translation>Cancelar el paso</translation>
    </message>
    <message>
        <location />
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location />
        <source>Retry the failed step</source>
        <translation>Reintentar el paso fallido</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../ui/modelpage.ui" />
        <source>Step 1: model</source>
        <translation>Paso 1: modelo</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;1. Choose the model&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;1. Elegir el modelo&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>Open a TVM Model Library Format archive (.tar, .tar.gz, .tar.xz) or an extracted archive folder, drop one on this window, or try the bundled sample: a small classifier of 8x8 handwritten digits.</source>
        <translation>Abra un archivo de TVM en Model Library Format (.tar, .tar.gz, .tar.xz) o una carpeta de archivo extraída, suelte uno sobre esta ventana, o pruebe el ejemplo incluido: un pequeño clasificador de dígitos manuscritos de 8x8 píxeles.</translation>
    </message>
    <message>
        <location />
        <source>&amp;Open Model Archive…</source>
        <translation>A&amp;brir archivo de modelo…</translation>
    </message>
    <message>
        <location />
        <source>Open model archive</source>
        <translation>Abrir archivo de modelo</translation>
    </message>
    <message>
        <location />
        <source>&amp;Try the Sample Model</source>
        <translation>&amp;Probar el modelo de ejemplo</translation>
    </message>
    <message>
        <location />
        <source>Try the sample model</source>
        <translation>Probar el modelo de ejemplo</translation>
    </message>
    <message>
        <location />
        <source>Opens the bundled digits classifier (float32)</source>
        <translation>Abre el clasificador de dígitos incluido (float32)</translation>
    </message>
    <message>
        <location />
        <source>Recent models</source>
        <translation>Modelos recientes</translation>
    </message>
    <message>
        <location />
        <source>Warnings about the chosen board</source>
        <translation>Advertencias sobre la placa elegida</translation>
    </message>
    <message>
        <location />
        <source>No model open yet.</source>
        <translation>Aún no hay ningún modelo abierto.</translation>
    </message>
    <message>
        <location />
        <source>Reading the archive</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <location />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location />
        <source>Cancel reading the archive</source>
        <translation>Cancelar la lectura del archivo</translation>
    </message>
</context>
<context>
    <name>ModelSummaryWidget</name>
    <message>
        <location filename="../ui/modelsummarywidget.ui" />
        <source>Model summary</source>
        <translation>Resumen del modelo</translation>
    </message>
    <message>
        <location />
        <source>Model name</source>
        <translation>Nombre del modelo</translation>
    </message>
    <message>
        <location />
        <source>Archive path and format</source>
        <translation>Ruta y formato del archivo</translation>
    </message>
    <message>
        <location />
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location />
        <source>TVM version:</source>
        <translation>Versión de TVM:</translation>
    </message>
    <message>
        <location />
        <source>Executor:</source>
        <translation>Ejecutor:</translation>
    </message>
    <message>
        <location />
        <source>Target:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <location />
        <source>Entry point:</source>
        <translation>Punto de entrada:</translation>
    </message>
    <message>
        <location />
        <source>Runtime:</source>
        <translation>Runtime:</translation>
    </message>
    <message>
        <location />
        <source>Memory:</source>
        <translation>Memoria:</translation>
    </message>
    <message>
        <location />
        <source>Exported:</source>
        <translation>Exportado:</translation>
    </message>
    <message>
        <location />
        <source>Inputs and outputs:</source>
        <translation>Entradas y salidas:</translation>
    </message>
    <message>
        <location />
        <source>Inputs and outputs</source>
        <translation>Entradas y salidas</translation>
    </message>
    <message>
        <location />
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location />
        <source>Shape</source>
        <translation>Forma</translation>
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
        <translation>Paso 3: opciones</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;3. Check the options&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;3. Revisar las opciones&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>The template asks for these settings. The defaults work for a first try; fields marked * are required. Press Deploy to generate, build, flash and run.</source>
        <translation>La plantilla pide estos ajustes. Los valores predeterminados sirven para una primera prueba; los campos marcados con * son obligatorios. Pulse Desplegar para generar, compilar, grabar y ejecutar.</translation>
    </message>
    <message>
        <location />
        <source>Template options</source>
        <translation>Opciones de la plantilla</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../ui/runpage.ui" />
        <source>Step 6: run</source>
        <translation>Paso 6: ejecutar</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;6. Run the model on the device&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;6. Ejecutar el modelo en el dispositivo&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>Device information</source>
        <translation>Información del dispositivo</translation>
    </message>
    <message>
        <location />
        <source>Connecting to the device…</source>
        <translation>Conectando con el dispositivo…</translation>
    </message>
    <message>
        <location />
        <source>&amp;Input:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <location />
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="vanished">Elegir arc&amp;hivo…</translation>
    </message>
    <message>
        <location />
        <source>Choose an input file</source>
        <translation>Elegir un archivo de entrada</translation>
    </message>
    <message>
        <location />
        <source>A .npy or .npz tensor, a raw .bin file, or an image (scaled to the model's input)</source>
        <translation>Un tensor .npy o .npz, un archivo .bin en bruto o una imagen (escalada a la entrada del modelo)</translation>
    </message>
    <message>
        <location />
        <source>Runs &amp;each:</source>
        <translation>Ejecuciones &amp;por entrada:</translation>
    </message>
    <message>
        <location />
        <source>Runs per input</source>
        <translation>Ejecuciones por entrada</translation>
    </message>
    <message>
        <location />
        <source>Run &amp;Once</source>
        <translation>Ejecutar &amp;una vez</translation>
    </message>
    <message>
        <location />
        <source>Run once</source>
        <translation>Ejecutar una vez</translation>
    </message>
    <message>
        <location />
        <source>Run &amp;Continuously</source>
        <translation>Ejecutar continua&amp;mente</translation>
    </message>
    <message>
        <location />
        <source>Run continuously</source>
        <translation>Ejecutar continuamente</translation>
    </message>
    <message>
        <location />
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <location />
        <source>Run status</source>
        <translation>Estado de la ejecución</translation>
    </message>
    <message>
        <location />
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location />
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location />
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location />
        <source>Latency over time</source>
        <translation>Latencia a lo largo del tiempo</translation>
    </message>
    <message>
        <location />
        <source>Serial Console</source>
        <translation>Consola serie</translation>
    </message>
    <message>
        <location />
        <source>Serial console</source>
        <translation>Consola serie</translation>
    </message>
    <message>
        <location />
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location />
        <source>Choo&amp;se File…</source>
        <translation>Elegir arc&amp;hivo…</translation>
    </message>
    <message>
        <location />
        <source>Protocol and link</source>
        <translation>Protocolo y enlace</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation type="vanished">&amp;Perfil…</translation>
    </message>
    <message>
        <location />
        <source>Profile every operator</source>
        <translation>Perfilar cada operador</translation>
    </message>
    <message>
        <source>Profi&amp;le…</source>
        <translation type="vanished">Per&amp;fil…</translation>
    </message>
    <message>
        <source>Pro&amp;file…</source>
        <translation type="vanished">Per&amp;fil…</translation>
    </message>
    <message>
        <location />
        <source>Profile Opera&amp;tors…</source>
        <translation>Perfil de ope&amp;radores…</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../ui/targetpage.ui" />
        <source>Step 2: target</source>
        <translation>Paso 2: destino</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;2. Choose where it runs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;2. Elegir dónde se ejecuta&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location />
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location />
        <source>Check &amp;Again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <location />
        <source>Check the templates again</source>
        <translation>Volver a comprobar las plantillas</translation>
    </message>
    <message>
        <location />
        <source>Template status</source>
        <translation>Estado de la plantilla</translation>
    </message>
    <message>
        <location />
        <source>B&amp;oard:</source>
        <translation>Pla&amp;ca:</translation>
    </message>
    <message>
        <location />
        <source>Board</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Serial &amp;port:</source>
        <translation type="vanished">Puerto &amp;serie:</translation>
    </message>
    <message>
        <location />
        <source>Serial port</source>
        <translation>Puerto serie</translation>
    </message>
    <message>
        <location />
        <source>Compatibility warning</source>
        <translation>Advertencia de compatibilidad</translation>
    </message>
    <message>
        <location />
        <source>&lt;b&gt;Does the model fit?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Cabe el modelo?&lt;/b&gt;</translation>
    </message>
    <message>
        <location />
        <source>Memory fit check</source>
        <translation>Comprobación de espacio en memoria</translation>
    </message>
    <message>
        <location />
        <source>&amp;Serial port:</source>
        <translation>Pu&amp;erto serie:</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Batch</name>
    <message>
        <location filename="../src/core/batch/boardtarget.cpp" line="+12" />
        <source>emulated %1</source>
        <translation>%1 emulada</translation>
    </message>
    <message>
        <location filename="../src/core/batch/boardmatcher.cpp" line="+31" />
        <source>A batch has 1 to %1 boards, not %2.</source>
        <translation>Un lote tiene de 1 a %1 placas, no %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give "all", a number of boards or their serial numbers.</source>
        <translation>Indique "all", un número de placas o sus números de serie.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No boards were named.</source>
        <translation>No se ha indicado ninguna placa.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give "all", a number of boards or their serial numbers separated by commas.</source>
        <translation>Indique "all", un número de placas o sus números de serie separados por comas.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Deploying to several boards needs the board type, to find the connected boards of that type.</source>
        <translation>Para desplegar en varias placas hace falta el tipo de placa, para encontrar las placas conectadas de ese tipo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set the board option to one of: %1.</source>
        <translation>Ajuste la opción de placa a uno de estos valores: %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No temporary folder could be created to check the package.</source>
        <translation>No se pudo crear una carpeta temporal para comprobar el paquete.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the temporary folder can be written and the disk has room.</source>
        <translation>Compruebe que se puede escribir en la carpeta temporal y que el disco tiene espacio.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The package's flash recipe cannot be read.</source>
        <translation>No se puede leer la receta de grabación del paquete.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the package again with this TinyDeploy.</source>
        <translation>Vuelva a crear el paquete con este TinyDeploy.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The package does not describe its board %1 well enough to find the connected boards of that type.</source>
        <translation>El paquete no describe su placa %1 lo bastante para encontrar las placas conectadas de ese tipo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Make the package again with this TinyDeploy, or flash one board at a time with --port.</source>
        <translation>Vuelva a crear el paquete con este TinyDeploy, o grabe las placas de una en una con --port.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Emulated boards are not plugged in, so they cannot be chosen by "all" or by serial number.</source>
        <translation>Las placas emuladas no están conectadas, así que no se pueden elegir con "all" ni por número de serie.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the number of emulated boards to start, e.g. 8.</source>
        <translation>Indique el número de placas emuladas que se iniciarán, p. ej., 8.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>TinyDeploy cannot recognise %1 boards by their USB adapter, so it cannot find several of them.</source>
        <translation>TinyDeploy no puede reconocer las placas %1 por su adaptador USB, así que no puede encontrar varias de ellas.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deploy to one board at a time, choosing its serial port.</source>
        <translation>Despliegue en una placa cada vez, eligiendo su puerto serie.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No %1 board is connected (USB id %2).</source>
        <translation>No hay ninguna placa %1 conectada (id USB %2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plug the boards in with a data cable, then try again.</source>
        <translation>Conecte las placas con un cable de datos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 %2 boards were asked for, but %3 are connected: %4.</source>
        <translation>Se pidieron %1 placas %2, pero hay %3 conectadas: %4.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Plug in the missing boards, or ask for fewer.</source>
        <translation>Conecte las placas que faltan o pida menos.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No connected %1 board has the serial number %2 (connected: %3).</source>
        <translation>Ninguna placa %1 conectada tiene el número de serie %2 (conectadas: %3).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the serial number, or plug that board in.</source>
        <translation>Compruebe el número de serie o conecte esa placa.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/projectcopy.cpp" line="+16" />
        <source>The built project folder does not exist.</source>
        <translation>La carpeta del proyecto compilado no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the batch again: it builds the project first.</source>
        <translation>Vuelva a iniciar el lote: primero compila el proyecto.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The board's project folder already exists.</source>
        <translation>La carpeta del proyecto de la placa ya existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete it, or start a new batch.</source>
        <translation>Elimínela o inicie un lote nuevo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The built project could not be copied for this board.</source>
        <translation>No se pudo copiar el proyecto compilado para esta placa.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the disk has room and the folder can be written.</source>
        <translation>Compruebe que hay espacio en el disco y que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchnames.cpp" line="+29" />
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Passed</source>
        <translation>Superado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchdeployment.cpp" line="+29" />
        <source>The batch was cancelled before this board was done.</source>
        <translation>El lote se canceló antes de que terminara esta placa.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry the board, or start the batch again.</source>
        <translation>Reintente la placa o vuelva a iniciar el lote.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>This batch has already been started.</source>
        <translation>Este lote ya se ha iniciado.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The batch has no boards.</source>
        <translation>El lote no tiene placas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect the boards, or give the number of emulated boards.</source>
        <translation>Conecte las placas o indique el número de placas emuladas.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The batch folder could not be created.</source>
        <translation>No se pudo crear la carpeta del lote.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the records folder can be written and the disk has room.</source>
        <translation>Compruebe que se puede escribir en la carpeta de registros y que hay espacio en el disco.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The build did not finish.</source>
        <translation>La compilación no terminó.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The build failed, so no board was flashed: %1</source>
        <translation>La compilación falló, así que no se grabó ninguna placa: %1</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The board %1 is no longer connected: it was unplugged before its turn.</source>
        <translation>La placa %1 ya no está conectada: se desconectó antes de su turno.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plug it in again and press Retry.</source>
        <translation>Vuelva a conectarla y pulse Reintentar.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The board %1 is now %2 (was %3).</source>
        <translation>La placa %1 ahora es %2 (antes era %3).</translation>
    </message>
    <message>
        <location line="+87" />
        <source>The deployment did not finish.</source>
        <translation>El despliegue no terminó.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The board's outputs differ from the expected outputs: %1 of %2 agree.</source>
        <translation>Las salidas de la placa difieren de las esperadas: coinciden %1 de %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Look at the board's record; retry it, or check the model and the firmware.</source>
        <translation>Consulte el registro de la placa; reinténtela o compruebe el modelo y el firmware.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>There is no board %1 in this batch.</source>
        <translation>No hay ninguna placa %1 en este lote.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Only a board that failed or was cancelled can be retried.</source>
        <translation>Solo se puede reintentar una placa que haya fallado o se haya cancelado.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The build did not succeed, so there is nothing to flash.</source>
        <translation>La compilación no tuvo éxito, así que no hay nada que grabar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fix the build, then start the batch again.</source>
        <translation>Corrija la compilación y vuelva a iniciar el lote.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The batch is being cancelled.</source>
        <translation>El lote se está cancelando.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait until it has stopped, then retry the board.</source>
        <translation>Espere a que se detenga y reintente la placa.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The board %1 is already in the batch.</source>
        <translation>La placa %1 ya está en el lote.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchreport.cpp" line="+118" />
        <source>Batch deployment</source>
        <translation>Despliegue por lotes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Batch deployment of %1</source>
        <translation>Despliegue por lotes de %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 boards: %2 passed, %3 failed, %4 cancelled. Template %5, started %6, %7 s, at most %8 at once.</source>
        <translation>%1 placas: %2 superadas, %3 fallidas, %4 canceladas. Plantilla %5, iniciado el %6, %7 s, como máximo %8 a la vez.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board</source>
        <translation>Placa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency (µs)</source>
        <translation>Latencia (µs)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Why boards failed</source>
        <translation>Por qué fallaron las placas</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Deploy</name>
    <message>
        <location filename="../src/core/deploy/modelstaging.cpp" line="+70" />
        <source>The folder to pack does not exist.</source>
        <translation>La carpeta que se va a empaquetar no existe.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Cannot read the link.</source>
        <translation>No se puede leer el enlace.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The extracted model contains a special file (device, FIFO or socket).</source>
        <translation>El modelo extraído contiene un archivo especial (dispositivo, FIFO o socket).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only regular files, folders and links can be packed.</source>
        <translation>Solo se pueden empaquetar archivos normales, carpetas y enlaces.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The file changed while it was packed.</source>
        <translation>El archivo cambió mientras se empaquetaba.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot write the model tar for the template.</source>
        <translation>No se puede escribir el tar del modelo para la plantilla.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and permissions of the work folder.</source>
        <translation>Compruebe el espacio libre y los permisos de la carpeta de trabajo.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Cannot remove the result of an earlier staging.</source>
        <translation>No se puede eliminar el resultado de una preparación anterior.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+80" />
        <source>Check the permissions of the work folder.</source>
        <translation>Compruebe los permisos de la carpeta de trabajo.</translation>
    </message>
    <message>
        <location line="-51" />
        <source>The standalone C runtime folder does not exist.</source>
        <translation>La carpeta del runtime de C independiente no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name the standalone_crt folder of a TVM build, or leave it out.</source>
        <translation>Indique la carpeta standalone_crt de una compilación de TVM, u omítala.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+35" />
        <source>Cannot create the work folder.</source>
        <translation>No se puede crear la carpeta de trabajo.</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Check the permissions of its parent folder.</source>
        <translation>Compruebe los permisos de su carpeta superior.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The archive's runtime/ folder has no CMakeLists.txt (an older TVM release); templates that build TVM's C runtime with CMake may fail.</source>
        <translation>La carpeta runtime/ del archivo no tiene CMakeLists.txt (una versión antigua de TVM); las plantillas que compilan el runtime de C de TVM con CMake pueden fallar.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The archive has no runtime/ folder and no standalone C runtime folder was given: the template may need TVM's standalone C runtime (--standalone-crt DIR).</source>
        <translation>El archivo no tiene carpeta runtime/ y no se indicó ninguna carpeta de runtime de C independiente: la plantilla puede necesitar el runtime de C independiente de TVM (--standalone-crt CARPETA).</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymenttypes.cpp" line="+58" />
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="+151" />
        <source>Generate project</source>
        <translation>Generar el proyecto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build</source>
        <translation>Compilar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the device</source>
        <translation>Conectar con el dispositivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the model</source>
        <translation>Ejecutar el modelo</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentrecord.cpp" line="+65" />
        <source>Cannot create the folder for deployment records.</source>
        <translation>No se puede crear la carpeta para los datos de despliegue.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+15" />
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>Compruebe que se puede escribir en la carpeta y que el disco no está lleno.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Cannot create the record folder of the deployment.</source>
        <translation>No se puede crear la carpeta de datos del despliegue.</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+13" />
        <source>Cannot write the log of the step.</source>
        <translation>No se puede escribir el registro del paso.</translation>
    </message>
    <message>
        <location line="-11" />
        <location line="+13" />
        <location line="+55" />
        <source>Check that the disk is not full.</source>
        <translation>Compruebe que el disco no está lleno.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Cannot write the deployment record.</source>
        <translation>No se pueden escribir los datos del despliegue.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/modelstaging.cpp" line="+14" />
        <location line="+8" />
        <source>Cannot read the model archive.</source>
        <translation>No se puede leer el archivo del modelo.</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Check that the file exists and is readable.</source>
        <translation>Compruebe que el archivo existe y se puede leer.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deployment.cpp" line="+139" />
        <source>This deployment has already been started.</source>
        <translation>Este despliegue ya se ha iniciado.</translation>
    </message>
    <message>
        <source>A deployment starts with generate or, for a flashed project, with connect.</source>
        <translation type="vanished">Un despliegue empieza por la generación o, para un proyecto ya grabado, por la conexión.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsettings.cpp" line="+16" />
        <source>The number of runs must be 1 to %1, not %2.</source>
        <translation>El número de ejecuciones debe estar entre 1 y %1, no %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A deployment cannot end at "%1" before it starts at "%2".</source>
        <translation>Un despliegue no puede terminar en «%1» antes de empezar en «%2».</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A deployment starts with generate or, for an existing project, with build, flash or connect.</source>
        <translation>Un despliegue empieza por la generación o, para un proyecto existente, por la compilación, la grabación o la conexión.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A deployment from a package starts at its Flash step: a package holds built firmware.</source>
        <translation>Un despliegue desde un paquete empieza en su paso de grabación: un paquete contiene firmware ya compilado.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The deployment package does not exist or is not a file.</source>
        <translation>El paquete de despliegue no existe o no es un archivo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the path of a .tdpkg file.</source>
        <translation>Indique la ruta de un archivo .tdpkg.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The model archive does not exist or cannot be read.</source>
        <translation>El archivo del modelo no existe o no se puede leer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the path of a Model Library Format archive (.tar).</source>
        <translation>Indique la ruta de un archivo en Model Library Format (.tar).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The template folder does not exist.</source>
        <translation>La carpeta de la plantilla no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose one of the installed templates.</source>
        <translation>Elija una de las plantillas instaladas.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The project folder already exists.</source>
        <translation>La carpeta del proyecto ya existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a new folder, or delete this one.</source>
        <translation>Elija una carpeta nueva, o borre esta.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The project folder does not exist.</source>
        <translation>La carpeta del proyecto no existe.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the folder of a generated and flashed project.</source>
        <translation>Indique la carpeta de un proyecto generado y grabado.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the folder of a generated project.</source>
        <translation>Indique la carpeta de un proyecto generado.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The folder has no Project API server: it is not a generated project.</source>
        <translation>La carpeta no tiene servidor de la Project API: no es un proyecto generado.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate a project from a template first, and give its folder.</source>
        <translation>Genere primero un proyecto a partir de una plantilla e indique su carpeta.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deployment.cpp" line="+55" />
        <source>Cancelling.</source>
        <translation>Cancelando.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The deployment is still busy; the model can run again once it has finished.</source>
        <translation>El despliegue sigue en curso; el modelo podrá ejecutarse de nuevo cuando termine.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wait for the current step to end, or cancel it.</source>
        <translation>Espere a que termine el paso actual o cancélelo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model can run again only after the deployment has reached its Run step.</source>
        <translation>El modelo solo puede ejecutarse de nuevo cuando el despliegue ha llegado a su paso de ejecución.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deploy the model first, or retry the step that failed.</source>
        <translation>Despliegue primero el modelo o reintente el paso que falló.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Running the model again (round %1).</source>
        <translation>Ejecutando el modelo de nuevo (ronda %1).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Only a failed deployment can be retried.</source>
        <translation>Solo se puede reintentar un despliegue fallido.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Attempt %1 of this step.</source>
        <translation>Intento %1 de este paso.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 started.</source>
        <translation>Paso «%1» iniciado.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Retry the step.</source>
        <translation>Reintente el paso.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 failed: %2</source>
        <translation>El paso «%1» falló: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 finished in %2 s.</source>
        <translation>Paso «%1» terminado en %2 s.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The deployment was cancelled during "%1".</source>
        <translation>El despliegue se canceló durante «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="-72" />
        <source>Checking and unpacking %1.</source>
        <translation>Comprobando y desempaquetando %1.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/modelstaging.cpp" line="+17" />
        <location line="+17" />
        <source>Staging gave no result.</source>
        <translation>La preparación no dio ningún resultado.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deployment.cpp" line="+33" />
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="+60" />
        <source>Generating the project in %1.</source>
        <translation>Generando el proyecto en %1.</translation>
    </message>
    <message>
        <location line="-84" />
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="+143" />
        <source>The device's serial port is %1.</source>
        <translation>El puerto serie del dispositivo es %1.</translation>
    </message>
    <message>
        <location line="+301" />
        <source>No serial port is known for the device.</source>
        <translation>No se conoce ningún puerto serie para el dispositivo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template did not report one: give the board's serial port (for example /dev/ttyACM0).</source>
        <translation>La plantilla no informó de ninguno: indique el puerto serie de la placa (por ejemplo, /dev/ttyACM0).</translation>
    </message>
    <message>
        <source>Opening %1.</source>
        <translation type="vanished">Abriendo %1.</translation>
    </message>
    <message>
        <location line="+210" />
        <source>Device: %1 on %2, model %3.</source>
        <translation>Dispositivo: %1 en %2, modelo %3.</translation>
    </message>
    <message>
        <location line="-100" />
        <source>median %1 us</source>
        <translation>mediana %1 µs</translation>
    </message>
    <message>
        <location line="-240" />
        <source>The value was remembered when the project was generated; give a new value for this option.</source>
        <translation>El valor se guardó al generar el proyecto; indique un valor nuevo para esta opción.</translation>
    </message>
    <message>
        <location line="+26" />
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="-31" />
        <source>The board's USB serial number is %1: the flasher addresses that board.</source>
        <translation>El número de serie USB de la placa es %1: la herramienta de grabación se dirige a esa placa.</translation>
    </message>
    <message>
        <location line="+138" />
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="+46" />
        <source>Running the model with %1.</source>
        <translation>Se ejecuta el modelo con %1.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>%1 cycles</source>
        <translation>%1 ciclos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>agrees with the expected output</source>
        <translation>coincide con la salida esperada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DIFFERS from the expected output</source>
        <translation>DIFIERE de la salida esperada</translation>
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
        <translation>Abriendo %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/deploy/runinputs.cpp" line="+314" />
        <source>Input set "%1" has the wrong number of tensors (%2): the model on the device has %n input(s).</source>
        <translation>
            <numerusform>El conjunto de entrada «%1» tiene un número incorrecto de tensores (%2): el modelo del dispositivo tiene %n entrada.</numerusform>
            <numerusform>El conjunto de entrada «%1» tiene un número incorrecto de tensores (%2): el modelo del dispositivo tiene %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: median %2 us</source>
        <translation type="vanished">%1: mediana %2 us</translation>
    </message>
    <message>
        <source>, %1 cycles</source>
        <translation type="vanished">, %1 ciclos</translation>
    </message>
    <message>
        <source>, class %1</source>
        <translation type="vanished">, clase %1</translation>
    </message>
    <message>
        <source>, agrees with the expected output</source>
        <translation type="vanished">, coincide con la salida esperada</translation>
    </message>
    <message>
        <source>, DIFFERS from the expected output</source>
        <translation type="vanished">, DIFIERE de la salida esperada</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="-146" />
        <source>The device has not said what it runs yet.</source>
        <translation>El dispositivo aún no ha dicho qué ejecuta.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry the connect step.</source>
        <translation>Reintente el paso de conexión.</translation>
    </message>
    <message numerus="yes">
        <location line="+43" />
        <source>Running %1 (%n run(s)).</source>
        <translation>
            <numerusform>Ejecutando %1 (%n ejecución).</numerusform>
            <numerusform>Ejecutando %1 (%n ejecuciones).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-336" />
        <location line="+46" />
        <location line="+45" />
        <location line="+294" />
        <source>Starting the Project API server of %1.</source>
        <translation>Iniciando el servidor de la Project API de %1.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/projectserver.cpp" line="+72" />
        <source>The server says this folder is not a template (is_template is false).</source>
        <translation>El servidor dice que esta carpeta no es una plantilla (is_template es false).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a template folder; a generated project is re-run, not generated again.</source>
        <translation>Elija una carpeta de plantilla; un proyecto generado se vuelve a ejecutar, no se genera de nuevo.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The project's server still says it is a template (is_template is true).</source>
        <translation>El servidor del proyecto sigue diciendo que es una plantilla (is_template es true).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The template's generate_project did not make a project; see the log of the generate step.</source>
        <translation>La llamada generate_project de la plantilla no creó ningún proyecto; consulte el registro del paso de generación.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The folder is a template, not a generated project.</source>
        <translation>La carpeta es una plantilla, no un proyecto generado.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate a project from this template first, and give the project's folder.</source>
        <translation>Genere primero un proyecto a partir de esta plantilla e indique la carpeta del proyecto.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+9" />
        <location line="+9" />
        <source>No Project API server is running.</source>
        <translation>No hay ningún servidor de la Project API en ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>The model on the device has %n input(s), but input set "%1" has %2 tensor(s).</source>
        <translation type="vanished">
            <numerusform>El modelo del dispositivo tiene %n entrada, pero el conjunto de entradas «%1» tiene %2 tensor(es).</numerusform>
            <numerusform>El modelo del dispositivo tiene %n entradas, pero el conjunto de entradas «%1» tiene %2 tensor(es).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/deploy/runinputs.cpp" line="-285" />
        <source>%1 needs a model with exactly one input; this one has %2.</source>
        <translation>%1 necesita un modelo con exactamente una entrada; este tiene %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give one .npy file per input, or an .npz file.</source>
        <translation>Dé un archivo .npy por entrada, o un archivo .npz.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>A raw input file</source>
        <translation>Un archivo de entrada en bruto</translation>
    </message>
    <message>
        <location line="+19" />
        <source>An image</source>
        <translation>Una imagen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The model's input "%1" is not an image (shape %2).</source>
        <translation>La entrada «%1» del modelo no es una imagen (forma %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+18" />
        <source>Give an .npy file of the input's shape instead.</source>
        <translation>Dé en su lugar un archivo .npy con la forma de la entrada.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>The image has no usable pixels.</source>
        <translation>La imagen no tiene píxeles utilizables.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a PNG, JPEG or BMP file.</source>
        <translation>Use un archivo PNG, JPEG o BMP.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model's input "%1" is not a grey or RGB image.</source>
        <translation>La entrada «%1» del modelo no es una imagen en escala de grises ni RGB.</translation>
    </message>
    <message numerus="yes">
        <location line="+89" />
        <source>The file holds %1 arrays, but the model has %n input(s).</source>
        <translation>
            <numerusform>El archivo contiene %1 arrays, pero el modelo tiene %n entrada.</numerusform>
            <numerusform>El archivo contiene %1 arrays, pero el modelo tiene %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give one array per model input.</source>
        <translation>Proporcione un array por cada entrada del modelo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input "%1" of the model is %2, but the file holds %3.</source>
        <translation>La entrada "%1" del modelo es %2, pero el archivo contiene %3.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Input "%1" of the model has the shape %2, but the file holds %3.</source>
        <translation>La entrada "%1" del modelo tiene la forma %2, pero el archivo contiene %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give an array of the model's input shape.</source>
        <translation>Proporcione un array con la forma de la entrada del modelo.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Give one tensor per model input.</source>
        <translation>Dé un tensor por cada entrada del modelo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input "%1" of the model is %2, but the given tensor is %3.</source>
        <translation>La entrada «%1» del modelo es de tipo %2, pero el tensor dado es de tipo %3.</translation>
    </message>
    <message>
        <location line="-41" />
        <location line="+44" />
        <source>Convert the input to %1 (for a quantized model, quantize it with the model's scale and zero point).</source>
        <translation>Convierta la entrada a %1 (para un modelo cuantizado, cuantícela con la escala y el punto cero del modelo).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Input "%1" of the model takes %2 bytes, but the given tensor %3 has %4.</source>
        <translation>La entrada «%1» del modelo ocupa %2 bytes, pero el tensor dado %3 tiene %4.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give a tensor of the model's input shape.</source>
        <translation>Dé un tensor con la forma de entrada del modelo.</translation>
    </message>
    <message>
        <source>Cannot stop the device: python3 was not found.</source>
        <translation type="vanished">No se puede detener el dispositivo: no se encontró python3.</translation>
    </message>
    <message>
        <source>Install python3, or stop it with "python3 -m tdserver stop" in the project folder.</source>
        <translation type="vanished">Instale python3, o deténgalo con «python3 -m tdserver stop» en la carpeta del proyecto.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/devicestopper.cpp" line="+46" />
        <source>Cannot stop the device: %1</source>
        <translation>No se puede detener el dispositivo: %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Stopping the device failed.</source>
        <translation>No se pudo detener el dispositivo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run "python3 -m tdserver stop" in the project folder.</source>
        <translation>Ejecute «python3 -m tdserver stop» en la carpeta del proyecto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Command: %1
Exit status %2
%3</source>
        <translation>Orden: %1
Código de salida %2
%3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot stop the device: the stop command did not start.</source>
        <translation>No se puede detener el dispositivo: la orden de detención no se inició.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Command: %1
%2</source>
        <translation>Orden: %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>The model has %n input(s), but the last input set has only %1 file(s).</source>
        <translation type="vanished">
            <numerusform>El modelo tiene %n entrada, pero el último conjunto de entradas solo tiene %1 archivo(s).</numerusform>
            <numerusform>El modelo tiene %n entradas, pero el último conjunto de entradas solo tiene %1 archivo(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/deploy/samplekit.cpp" line="+55" />
        <source>The model's quantization file is unreadable; outputs are shown as raw integers.</source>
        <translation>El archivo de cuantización del modelo es ilegible; las salidas se muestran como enteros en bruto.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fix or delete the file.</source>
        <translation>Corrija o elimine el archivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+103" />
        <source>The last input set is incomplete: it has files for %1 of the model's %n input(s).</source>
        <translation>
            <numerusform>El último conjunto de entrada está incompleto: tiene archivos para %1 de la %n entrada del modelo.</numerusform>
            <numerusform>El último conjunto de entrada está incompleto: tiene archivos para %1 de las %n entradas del modelo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give one .npy file per model input for each set, or one .npz file per set.</source>
        <translation>Dé un archivo .npy por cada entrada del modelo en cada conjunto, o un archivo .npz por conjunto.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/boardcheck.cpp" line="+30" />
        <source>The board "%1" is not one of this template's boards.</source>
        <translation>La placa «%1» no es una de las placas de esta plantilla.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose one of: %1.</source>
        <translation>Elija una de: %1.</translation>
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
        <translation>El modelo no cabe en %1: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a board with more memory, or a smaller model (an int8 model needs about a quarter of a float32 one's memory). The estimate errs on the safe side: to build anyway, skip the fit check (--no-fit-check).</source>
        <translation>Elija una placa con más memoria, o un modelo más pequeño (un modelo int8 necesita aproximadamente una cuarta parte de la memoria de uno float32). La estimación peca de prudente: para compilar de todos modos, omita la comprobación de espacio (--no-fit-check).</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/projectstate.cpp" line="+27" />
        <source>Cannot read what the project remembers.</source>
        <translation>No se pueden leer los datos guardados del proyecto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the file's permissions.</source>
        <translation>Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What the project remembers is unreadable.</source>
        <translation>Los datos guardados del proyecto son ilegibles.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete the file; then give the options and the serial port again.</source>
        <translation>Elimine el archivo; luego indique de nuevo las opciones y el puerto serie.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file does not hold a JSON object.</source>
        <translation>El archivo no contiene un objeto JSON.</translation>
    </message>
    <message>
        <location line="+102" />
        <location line="+9" />
        <source>Cannot remember the project's options and serial port.</source>
        <translation>No se pueden guardar las opciones y el puerto serie del proyecto.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Check the permissions of the project folder.</source>
        <translation>Compruebe los permisos de la carpeta del proyecto.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Check that the disk is not full and the project folder is writable.</source>
        <translation>Compruebe que el disco no está lleno y que se puede escribir en la carpeta del proyecto.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentprofile.cpp" line="+14" />
        <source>Profiling needs a host-driven project with the graph executor, and this one runs %1.</source>
        <translation>El perfilado necesita un proyecto dirigido por el host con el ejecutor de grafo, y este usa %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Generate a project with project_type host_driven from a graph-executor archive built with --runtime-crt-system-lib (for example digits_int8_graph.tar).</source>
        <translation>Genere un proyecto con project_type host_driven a partir de un archivo con ejecutor de grafo construido con --runtime-crt-system-lib (por ejemplo digits_int8_graph.tar).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The model can be profiled only on a connected device, between runs.</source>
        <translation>El modelo solo se puede perfilar en un dispositivo conectado, entre ejecuciones.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the model first, and profile once the run has finished.</source>
        <translation>Ejecute primero el modelo y perfile cuando la ejecución haya terminado.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A profile times each operator at least once.</source>
        <translation>Un perfil mide cada operador al menos una vez.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Profiling every operator (%n repeat(s)).</source>
        <translation>
            <numerusform>Perfilando cada operador (%n repetición).</numerusform>
            <numerusform>Perfilando cada operador (%n repeticiones).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Profile: %n operator(s), %1 us in total.</source>
        <translation>
            <numerusform>Perfil: %n operador, %1 us en total.</numerusform>
            <numerusform>Perfil: %n operadores, %1 us en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Profile failed: %1</source>
        <translation>El perfil falló: %1</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/runprotocol.cpp" line="+89" />
        <source>TinyDeploy protocol</source>
        <translation>protocolo de TinyDeploy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>microTVM RPC, AOT executor</source>
        <translation>RPC de microTVM, ejecutor AOT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>microTVM RPC, graph executor</source>
        <translation>RPC de microTVM, ejecutor de grafo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, over the Project API transport</source>
        <translation>%1, por el transporte de la Project API</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, over the serial port</source>
        <translation>%1, por el puerto serie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, over the serial port %2</source>
        <translation>%1, por el puerto serie %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This project's firmware (project_type %1) runs the model on its own and speaks neither TinyDeploy's protocol nor microTVM RPC.</source>
        <translation>El firmware de este proyecto (project_type %1) ejecuta el modelo por sí solo y no habla ni el protocolo de TinyDeploy ni RPC de microTVM.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Generate the project again with project_type host_driven.</source>
        <translation>Genere el proyecto de nuevo con project_type host_driven.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This archive uses the AOT executor's C interface, which only runs in standalone firmware.</source>
        <translation>Este archivo usa la interfaz C del ejecutor AOT, que solo funciona en firmware autónomo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Generate the project with project_type standalone, or export the model with the graph executor.</source>
        <translation>Genere el proyecto con project_type standalone o exporte el modelo con el ejecutor de grafo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The archive names no graph or AOT executor, so microTVM RPC cannot run it.</source>
        <translation>El archivo no indica ningún ejecutor de grafo ni AOT, así que RPC de microTVM no puede ejecutarlo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the whole model with tvmc compile --executor=graph --runtime=crt --runtime-crt-system-lib=1.</source>
        <translation>Exporte el modelo completo con tvmc compile --executor=graph --runtime=crt --runtime-crt-system-lib=1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The archive was not built with --runtime-crt-system-lib, and microTVM RPC finds the model's functions only in the CRT system library.</source>
        <translation>El archivo no se construyó con --runtime-crt-system-lib, y RPC de microTVM solo encuentra las funciones del modelo en la biblioteca de sistema de la CRT.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the model again with --runtime=crt --runtime-crt-system-lib=1.</source>
        <translation>Exporte el modelo de nuevo con --runtime=crt --runtime-crt-system-lib=1.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>The project has no extracted model (model/metadata.json) and remembers no model archive.</source>
        <translation>El proyecto no tiene un modelo extraído (model/metadata.json) ni recuerda ningún archivo de modelo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Generate the project again with TinyDeploy.</source>
        <translation>Genere el proyecto de nuevo con TinyDeploy.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="-113" />
        <source>Checking and unpacking the deployment package %1.</source>
        <translation>Comprobando y desempaquetando el paquete de despliegue %1.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>An option must be given as name=value, not "%1".</source>
        <translation>Una opción debe indicarse como name=value, no como "%1".</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Package for %1 (%2), model %3, made by TinyDeploy %4 on %5; SHA-256 %6.</source>
        <translation>Paquete para %1 (%2), modelo %3, creado con TinyDeploy %4 el %5; SHA-256 %6.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Flashing %1 by the package's recipe (flasher %2); no server runs, nothing is built.</source>
        <translation>Grabando %1 según la receta del paquete (grabador %2); no se ejecuta ningún servidor ni se compila nada.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The package does not say how to talk to the device.</source>
        <translation>El paquete no indica cómo comunicarse con el dispositivo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the package again with this TinyDeploy.</source>
        <translation>Vuelva a crear el paquete con este TinyDeploy.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/kioskconfig.cpp" line="+57" />
        <source>The kiosk configuration does not say its "%1".</source>
        <translation>La configuración del quiosco no indica su "%1".</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+25" />
        <source>Make it again with "tinydeploy-cli kiosk-config".</source>
        <translation>Vuelva a crearla con "tinydeploy-cli kiosk-config".</translation>
    </message>
    <message>
        <location line="-21" />
        <source>The field "%1" of the kiosk configuration must be a text.</source>
        <translation>El campo "%1" de la configuración del quiosco debe ser un texto.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put the value in double quotes.</source>
        <translation>Ponga el valor entre comillas dobles.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The kiosk configuration is not valid JSON (%1 at byte %2).</source>
        <translation>La configuración del quiosco no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk configuration must be one JSON object.</source>
        <translation>La configuración del quiosco debe ser un único objeto JSON.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk configuration has an unknown field "%1".</source>
        <translation>La configuración del quiosco tiene un campo desconocido: "%1".</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The fields are: %1.</source>
        <translation>Los campos son: %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This is not a TinyDeploy kiosk configuration (its "format" is not "%1").</source>
        <translation>Esta no es una configuración de quiosco de TinyDeploy (su "format" no es "%1").</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This kiosk configuration is of version %1; this TinyDeploy reads version %2.</source>
        <translation>Esta configuración de quiosco es de la versión %1; este TinyDeploy lee la versión %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Use the TinyDeploy that made it, or make it again.</source>
        <translation>Use el TinyDeploy que la creó o vuelva a crearla.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The "options" of the kiosk configuration must be an object of option names and values.</source>
        <translation>El campo "options" de la configuración del quiosco debe ser un objeto con nombres de opciones y valores.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write them as {"name": value, ...}.</source>
        <translation>Escríbalas como {"name": value, ...}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The option "%1" must be a text, a number, true or false, or a list.</source>
        <translation>La opción "%1" debe ser un texto, un número, true o false, o una lista.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The board is its own field of the kiosk configuration, not an option.</source>
        <translation>La placa es un campo propio de la configuración del quiosco, no una opción.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Move it to "board".</source>
        <translation>Muévala a "board".</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The model of the kiosk configuration does not exist or cannot be read: %1.</source>
        <translation>El modelo de la configuración del quiosco no existe o no se puede leer: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Copy the model next to the configuration, or make the configuration again.</source>
        <translation>Copie el modelo junto a la configuración o vuelva a crear la configuración.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The kiosk configuration does not exist or cannot be read.</source>
        <translation>La configuración del quiosco no existe o no se puede leer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give a .tdkiosk file made with "tinydeploy-cli kiosk-config", or a .tdpkg deployment package.</source>
        <translation>Indique un archivo .tdkiosk creado con "tinydeploy-cli kiosk-config" o un paquete de despliegue .tdpkg.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The kiosk configuration is too large to be one (%1 bytes).</source>
        <translation>El archivo es demasiado grande para ser una configuración de quiosco (%1 bytes).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give a .tdkiosk file made with "tinydeploy-cli kiosk-config".</source>
        <translation>Indique un archivo .tdkiosk creado con "tinydeploy-cli kiosk-config".</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The kiosk configuration cannot be read: %1.</source>
        <translation>No se puede leer la configuración del quiosco: %1.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Could not write the kiosk configuration: %1.</source>
        <translation>No se pudo escribir la configuración del quiosco: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The template folder of the kiosk configuration does not exist or is not a template: %1.</source>
        <translation>La carpeta de plantilla de la configuración del quiosco no existe o no es una plantilla: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy the template next to the configuration, or name an installed template.</source>
        <translation>Copie la plantilla junto a la configuración o indique una plantilla instalada.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The template "%1" is in a folder that was added but not confirmed yet.</source>
        <translation>La plantilla "%1" está en una carpeta que se añadió pero aún no se ha confirmado.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Confirm the folder in TinyDeploy's settings first.</source>
        <translation>Confirme primero la carpeta en la configuración de TinyDeploy.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no template called "%1" on this computer.</source>
        <translation>No hay ninguna plantilla llamada "%1" en este equipo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Install TinyDeploy's templates.</source>
        <translation>Instale las plantillas de TinyDeploy.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Known templates: %1.</source>
        <translation>Plantillas conocidas: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/runagainplan.cpp" line="+20" />
        <source>The project of this record no longer exists.</source>
        <translation>El proyecto de este registro ya no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deploy the model again: the project folder was moved or deleted.</source>
        <translation>Vuelva a desplegar el modelo: la carpeta del proyecto se movió o se eliminó.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This project was never flashed, so there is nothing on a board to run again.</source>
        <translation>Este proyecto nunca se grabó, así que no hay nada en una placa que volver a ejecutar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deploy the model again to build and flash it.</source>
        <translation>Vuelva a desplegar el modelo para compilarlo y grabarlo.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The %1 with serial number %2 is not connected.</source>
        <translation>La placa %1 con número de serie %2 no está conectada.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plug that board in (a data cable, not a charge-only one) and press Run Again.</source>
        <translation>Conecte esa placa (con un cable de datos, no uno solo de carga) y pulse Ejecutar de nuevo.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The board is on %1 now; it was on %2.</source>
        <translation>La placa está ahora en %1; antes estaba en %2.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Device</name>
    <message>
        <location filename="../src/core/device/deviceerrors.cpp" line="+53" />
        <source>The device session is busy with another request.</source>
        <translation>La sesión con el dispositivo está ocupada con otra solicitud.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for the current request to finish, or cancel it.</source>
        <translation>Espere a que termine la solicitud actual, o cancélela.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The serial link to the device is not open.</source>
        <translation>El enlace serie con el dispositivo no está abierto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the device first.</source>
        <translation>Conéctese primero al dispositivo.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../src/core/device/messages.cpp" line="+397" />
        <source>The number of runs must be 1 to %1, not %2.</source>
        <translation>El número de ejecuciones debe estar entre 1 y %1, no %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The request to the device was cancelled.</source>
        <translation>La solicitud al dispositivo se canceló.</translation>
    </message>
    <message numerus="yes">
        <source>The model on the device has %n input(s), but %1 were given.</source>
        <translation type="vanished">
            <numerusform>El modelo del dispositivo tiene %n entrada, pero se dieron %1.</numerusform>
            <numerusform>El modelo del dispositivo tiene %n entradas, pero se dieron %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>The model on the device takes %n input(s), not %1.</source>
        <translation>
            <numerusform>El modelo del dispositivo admite %n entrada, no %1.</numerusform>
            <numerusform>El modelo del dispositivo admite %n entradas, no %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give one input per model input, in the model's order.</source>
        <translation>Dé una entrada por cada entrada del modelo, en el orden del modelo.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Input %1 ('%2', %3) needs %4 bytes, but %5 bytes were given.</source>
        <translation>La entrada %1 («%2», %3) necesita %4 bytes, pero se dieron %5 bytes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>input %1 ('%2')</source>
        <translation>entrada %1 («%2»)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the input's shape and dtype against the model, or rebuild the firmware for this model.</source>
        <translation>Compare la forma y el tipo de la entrada con el modelo, o recompile el firmware para este modelo.</translation>
    </message>
    <message>
        <location line="-54" />
        <source>The device did not answer HELLO within %1 s.</source>
        <translation>El dispositivo no respondió a HELLO en %1 s.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The device did not acknowledge input %1 (bytes up to %2) within %3 s.</source>
        <translation>El dispositivo no confirmó la entrada %1 (bytes hasta %2) en %3 s.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device sent nothing for %1 s while running the model (%2 of %3 runs reported).</source>
        <translation>El dispositivo no envió nada durante %1 s mientras ejecutaba el modelo (%2 de %3 ejecuciones notificadas).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sent %1 bytes, received %2 bytes; %3 received bytes were not valid frames.</source>
        <translation>Enviados %1 bytes, recibidos %2 bytes; %3 bytes recibidos no eran tramas válidas.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The device sends bytes that are not TinyDeploy frames: check the baud rate and that the board runs TinyDeploy firmware.</source>
        <translation>El dispositivo envía bytes que no son tramas de TinyDeploy: compruebe la velocidad en baudios y que la placa ejecuta el firmware de TinyDeploy.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the board runs TinyDeploy firmware and is on this port; reset it and try again. For long models, raise the run timeout.</source>
        <translation>Compruebe que la placa ejecuta el firmware de TinyDeploy y está en este puerto; reiníciela e inténtelo de nuevo. Para modelos largos, aumente el tiempo límite de ejecución.</translation>
    </message>
    <message>
        <location filename="../src/core/device/devicesession.cpp" line="+368" />
        <source>The device reported %1: %2</source>
        <translation>El dispositivo informó %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/device/deviceerrors.cpp" line="+36" />
        <source>The device answered %1 with an unexpected %2 frame.</source>
        <translation>El dispositivo respondió a %1 con una trama %2 inesperada.</translation>
    </message>
    <message>
        <location line="-131" />
        <source>The firmware may speak another version of the device protocol: rebuild and flash it with this version's templates.</source>
        <translation>Puede que el firmware hable otra versión del protocolo del dispositivo: recompílelo y grábelo con las plantillas de esta versión.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Bytes were lost or corrupted on the way to the device: check the cable and the baud rate, then try again.</source>
        <translation>Se perdieron o dañaron bytes de camino al dispositivo: compruebe el cable y la velocidad en baudios, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The firmware was built for another model: rebuild and flash it for this model.</source>
        <translation>El firmware se compiló para otro modelo: recompílelo y grábelo para este modelo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model could not initialize on the device (for example, too little workspace memory): check the build log and the board's RAM.</source>
        <translation>El modelo no pudo inicializarse en el dispositivo (por ejemplo, por falta de memoria de trabajo): revise el registro de compilación y la RAM de la placa.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>The model's code returned an error on the device: check that the inputs are valid for the model and that the build is for this board.</source>
        <translation>El código del modelo devolvió un error en el dispositivo: compruebe que las entradas son válidas para el modelo y que la compilación es para esta placa.</translation>
    </message>
    <message>
        <location line="+137" />
        <source>The device reported an error: %1.</source>
        <translation>El dispositivo informó de un error: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>device error %1 (%2)</source>
        <translation>error del dispositivo %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%n frame(s) from the device failed the CRC check and were lost.</source>
        <translation>
            <numerusform>%n trama del dispositivo no superó la comprobación CRC y se perdió.</numerusform>
            <numerusform>%n tramas del dispositivo no superaron la comprobación CRC y se perdieron.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the cable and the baud rate (the line is noisy), then try again.</source>
        <translation>Compruebe el cable y la velocidad en baudios (la línea tiene ruido) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device acknowledged %1 bytes of input %2, but %3 bytes of input %4 were sent.</source>
        <translation>El dispositivo confirmó %1 bytes de la entrada %2, pero se enviaron %3 bytes de la entrada %4.</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Try again; if it persists, rebuild and flash the firmware.</source>
        <translation>Vuelva a intentarlo; si persiste, recompile y grabe el firmware.</translation>
    </message>
    <message>
        <location filename="../src/core/device/devicesession.cpp" line="+118" />
        <source>The device sent timings for runs %1 to %2, but %3 of %4 runs were already reported.</source>
        <translation>El dispositivo envió tiempos de las ejecuciones %1 a %2, pero ya se habían notificado %3 de %4 ejecuciones.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The device sent bytes %1 to %2 of output %3, which does not fit what was expected next (output %4 from byte %5).</source>
        <translation>El dispositivo envió los bytes %1 a %2 de la salida %3, que no encaja con lo esperado a continuación (salida %4 desde el byte %5).</translation>
    </message>
    <message>
        <location line="+22" />
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <location filename="../src/core/device/deviceerrors.cpp" line="+32" />
        <source>The model failed on the device: %1.</source>
        <translation>El modelo falló en el dispositivo: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>status %1 after %2 successful runs</source>
        <translation>estado %1 tras %2 ejecuciones correctas</translation>
    </message>
    <message>
        <location filename="../src/core/device/devicesession.cpp" line="+12" />
        <source>The device finished after %1 of %2 runs, with %3 timings and %4 output bytes missing.</source>
        <translation>El dispositivo terminó tras %1 de %2 ejecuciones; faltan %3 tiempos y %4 bytes de salida.</translation>
    </message>
    <message>
        <location filename="../src/core/device/messages.cpp" line="-382" />
        <source>The firmware and TinyDeploy may speak different versions of the device protocol: rebuild and flash the firmware with this version's templates.</source>
        <translation>Puede que el firmware y TinyDeploy hablen versiones distintas del protocolo del dispositivo: recompile y grabe el firmware con las plantillas de esta versión.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source> … (%n bytes in all)</source>
        <translation>
            <numerusform> … (%n byte en total)</numerusform>
            <numerusform> … (%n bytes en total)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>payload: %1</source>
        <translation>carga útil: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The %1 message from the device has text that is not valid UTF-8 in %2.</source>
        <translation>El mensaje %1 del dispositivo tiene en %2 texto que no es UTF-8 válido.</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>The %1 message has %n unexpected byte(s) after its last field.</source>
        <translation>
            <numerusform>El mensaje %1 tiene %n byte inesperado tras su último campo.</numerusform>
            <numerusform>El mensaje %1 tiene %n bytes inesperados tras su último campo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>The %1 message is too short: it ends inside %2 (%n byte(s) in all).</source>
        <translation>
            <numerusform>El mensaje %1 es demasiado corto: termina dentro de %2 (%n byte en total).</numerusform>
            <numerusform>El mensaje %1 es demasiado corto: termina dentro de %2 (%n bytes en total).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69" />
        <source>The device announces tensor '%1' with the unknown dtype code %2 (known: 0 int, 1 uint, 2 float, 4 bfloat).</source>
        <translation>El dispositivo anuncia el tensor «%1» con el código de tipo desconocido %2 (conocidos: 0 int, 1 uint, 2 float, 4 bfloat).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device announces tensor '%1' with %2-bit elements; only 1, 8, 16, 32 and 64 bits are possible.</source>
        <translation>El dispositivo anuncia el tensor «%1» con elementos de %2 bits; solo son posibles 1, 8, 16, 32 y 64 bits.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device announces tensor '%1' with %2 dimensions; at most %3 are possible.</source>
        <translation>El dispositivo anuncia el tensor «%1» con %2 dimensiones; como máximo son posibles %3.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The device announces tensor '%1' with the negative dimension %2.</source>
        <translation>El dispositivo anuncia el tensor «%1» con la dimensión negativa %2.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The device announces tensor '%1' (%2, shape [%3]) with %4 bytes; the shape needs %5.</source>
        <translation>El dispositivo anuncia el tensor «%1» (%2, forma [%3]) con %4 bytes; la forma necesita %5.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The device speaks version %1 of the device protocol; this TinyDeploy speaks version %2.</source>
        <translation>El dispositivo habla la versión %1 del protocolo del dispositivo; este TinyDeploy habla la versión %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rebuild and flash the firmware with the templates of this TinyDeploy, or update TinyDeploy.</source>
        <translation>Recompile y grabe el firmware con las plantillas de este TinyDeploy, o actualice TinyDeploy.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The device announces a maximum payload of %1 bytes; the protocol needs at least %2.</source>
        <translation>El dispositivo anuncia una carga útil máxima de %1 bytes; el protocolo necesita al menos %2.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The device announces %1 inputs and %2 outputs; at most %3 of each are possible.</source>
        <translation>El dispositivo anuncia %1 entradas y %2 salidas; como máximo son posibles %3 de cada.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The %1 message carries no data.</source>
        <translation>El mensaje %1 no contiene datos.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The TIMING message announces %1 runs but carries %2 bytes of latencies; each run takes %3.</source>
        <translation>El mensaje TIMING anuncia %1 ejecuciones pero contiene %2 bytes de latencias; cada ejecución ocupa %3.</translation>
    </message>
    <message>
        <location filename="../src/core/device/serialportlink.cpp" line="+40" />
        <source>%1 (%2 baud)</source>
        <translation>%1 (%2 baudios)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The serial port %1 does not accept %2 baud, 8N1: %3.</source>
        <translation>El puerto serie %1 no acepta %2 baudios, 8N1: %3.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose a baud rate the board supports (the template's default is 115200).</source>
        <translation>Elija una velocidad en baudios que admita la placa (la predeterminada de la plantilla es 115200).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The serial port %1 does not exist.</source>
        <translation>El puerto serie %1 no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the board is plugged in and choose its port (USB boards appear as /dev/ttyACM* or /dev/ttyUSB*). An emulated board's port exists only while it runs.</source>
        <translation>Compruebe que la placa está conectada y elija su puerto (las placas USB aparecen como /dev/ttyACM* o /dev/ttyUSB*). El puerto de una placa emulada solo existe mientras se ejecuta.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Permission denied opening the serial port %1.</source>
        <translation>Permiso denegado al abrir el puerto serie %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add your user to the dialout group (sudo usermod -aG dialout $USER), then log out and back in.</source>
        <translation>Añada su usuario al grupo dialout (sudo usermod -aG dialout $USER) y luego cierre sesión y vuelva a entrar.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The serial port %1 is busy: another program has it open.</source>
        <translation>El puerto serie %1 está ocupado: otro programa lo tiene abierto.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close the other program that uses %1 (a serial monitor, another TinyDeploy, ModemManager) and try again.</source>
        <translation>Cierre el otro programa que usa %1 (un monitor serie, otro TinyDeploy, ModemManager) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not open the serial port %1: %2.</source>
        <translation>No se pudo abrir el puerto serie %1: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the port name and that the board is connected.</source>
        <translation>Compruebe el nombre del puerto y que la placa está conectada.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The serial port %1 is not open.</source>
        <translation>El puerto serie %1 no está abierto.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not write to the serial port %1: %2.</source>
        <translation>No se pudo escribir en el puerto serie %1: %2.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the port was closed at the other end</source>
        <translation>el puerto se cerró en el otro extremo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device disconnected (%1).</source>
        <translation>El dispositivo se desconectó (%1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the cable, or whether the board reset or the emulator or host runner exited; then connect again.</source>
        <translation>Compruebe el cable, o si la placa se reinició o el emulador o el ejecutor del host terminó; luego vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../src/core/device/portdiscovery.cpp" line="+36" />
        <location line="+209" />
        <source>serial %1</source>
        <translation>n.º de serie %1</translation>
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
        <translation>El sistema no informa de ningún puerto serie.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial ports seen:</source>
        <translation>Puertos serie detectados:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Plug in the USB cable at the connector marked ST-LINK (some USB cables only charge).</source>
        <translation>Conecte el cable USB al conector marcado ST-LINK (algunos cables USB solo cargan).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plug the board in at its DAPLink USB connector with a data cable (some USB cables only charge).</source>
        <translation>Conecte la placa por su conector USB DAPLink con un cable de datos (algunos cables USB solo cargan).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plug the board in with a data cable (some USB cables only charge).</source>
        <translation>Conecte la placa con un cable de datos (algunos cables USB solo cargan).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Then check the udev rules (Debian's openocd package installs them for ST-LINK and DAPLink probes) and that you are in the dialout group. If the port appears and vanishes at once, the brltty service took it (sudo apt remove brltty).</source>
        <translation>Después compruebe las reglas de udev (el paquete openocd de Debian las instala para las sondas ST-LINK y DAPLink) y que pertenece al grupo dialout. Si el puerto aparece y desaparece enseguida, el servicio brltty se lo ha apropiado (sudo apt remove brltty).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the port with --port (tinydeploy-cli) or choose it in the port list.</source>
        <translation>Indique el puerto con --port (tinydeploy-cli) o elíjalo en la lista de puertos.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 is gone: the board with serial number %2 is now %3.</source>
        <translation>%1 ya no existe: la placa con número de serie %2 ahora es %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The serial port %1 is not there, and no port has the serial number %2 of %3.</source>
        <translation>El puerto serie %1 no está presente, y ningún puerto tiene el número de serie %2 de %3.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The serial port %1 belongs to another board (serial number %2), not to %3 with serial number %4.</source>
        <translation>El puerto serie %1 pertenece a otra placa (número de serie %2), no a %3 con número de serie %4.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>That board is on %1 now: use that port.</source>
        <translation>Esa placa está ahora en %1: use ese puerto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the port of the board you mean, or give its serial number.</source>
        <translation>Elija el puerto de la placa que quiere usar, o indique su número de serie.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Choose the port of %1, or plug it in.</source>
        <translation>Elija el puerto de %1, o conecte la placa.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The ports of %1: %2.</source>
        <translation>Los puertos de %1: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The serial port %1 belongs to another device (USB %2), not to %3 (USB %4).</source>
        <translation>El puerto serie %1 pertenece a otro dispositivo (USB %2), no a %3 (USB %4).</translation>
    </message>
    <message>
        <location line="+94" />
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Ports that look like %1 but have another serial number: %2. Check the serial number, or choose one of them.</source>
        <translation>Puertos que parecen ser %1 pero tienen otro número de serie: %2. Compruebe el número de serie, o elija uno de ellos.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No serial port has the serial number %1 of %2: the board is not plugged in.</source>
        <translation>Ningún puerto serie tiene el número de serie %1 de %2: la placa no está conectada.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 declares no USB serial port (VCP) that TinyDeploy can recognise, and no port was given.</source>
        <translation>%1 no declara ningún puerto serie USB (VCP) que TinyDeploy pueda reconocer, y no se indicó ningún puerto.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No serial port of %1 is plugged in: none has USB id %2.</source>
        <translation>No hay conectado ningún puerto serie de %1: ninguno tiene el identificador USB %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Several serial ports look like %1, and none was chosen: %2.</source>
        <translation>Varios puertos serie parecen ser %1, y no se eligió ninguno: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose one: give --port, or the serial_number option with the board's serial number (tinydeploy-cli), or choose it in the port list.</source>
        <translation>Elija uno: indique --port, o la opción serial_number con el número de serie de la placa (tinydeploy-cli), o elíjalo en la lista de puertos.</translation>
    </message>
    <message>
        <location filename="../src/core/device/framedrunner.cpp" line="+44" />
        <source>TinyDeploy protocol</source>
        <translation>protocolo de TinyDeploy</translation>
    </message>
    <message>
        <location filename="../src/core/device/portdoctor.cpp" line="-214" />
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plug the board in (with a data cable), or choose the port it has now: boards get a new name when they are plugged in again.</source>
        <translation>Conecte la placa (con un cable de datos) o elija el puerto que tiene ahora: las placas reciben un nombre nuevo al volver a conectarlas.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 can be opened.</source>
        <translation>Se puede abrir %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mode %1</source>
        <translation>modo %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>You may not open %1: it belongs to the group %2, and you are not in it.</source>
        <translation>No tiene permiso para abrir %1: pertenece al grupo %2 y usted no es miembro de él.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>mode %1, owner uid %2, group %3 (gid %4)</source>
        <translation>modo %1, uid del propietario %2, grupo %3 (gid %4)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>You may not open %1 yet: you were added to the group %2, but this login session started before that.</source>
        <translation>Aún no puede abrir %1: se le añadió al grupo %2, pero esta sesión se inició antes de eso.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log out and log in again (or restart the computer).</source>
        <translation>Cierre la sesión y vuelva a iniciarla (o reinicie el equipo).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its mode gives the group no access: install TinyDeploy's udev rules (they let the logged-in user open the boards it knows), or run sudo chmod 0660 %1 for now.</source>
        <translation>Su modo no da acceso al grupo: instale las reglas udev de TinyDeploy (permiten al usuario con la sesión iniciada abrir las placas que TinyDeploy conoce) o, por ahora, ejecute sudo chmod 0660 %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Run: sudo usermod -aG %1 %2, then log out and log in again (the new group applies to new login sessions only).</source>
        <translation>Ejecute: sudo usermod -aG %1 %2 y, después, cierre la sesión y vuelva a iniciarla (el nuevo grupo solo se aplica a las sesiones nuevas).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ModemManager has %1 open: it takes the board for a modem.</source>
        <translation>ModemManager tiene abierto %1: confunde la placa con un módem.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install TinyDeploy's udev rules (they tell ModemManager to leave the boards alone) and plug the board in again, or run: sudo systemctl disable --now ModemManager.</source>
        <translation>Instale las reglas udev de TinyDeploy (indican a ModemManager que no toque las placas) y vuelva a conectar la placa, o ejecute: sudo systemctl disable --now ModemManager.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+9" />
        <location line="+10" />
        <source>held by %1</source>
        <translation>en uso por %1</translation>
    </message>
    <message>
        <location line="-13" />
        <source>brltty (the braille display driver) has %1 open.</source>
        <translation>brltty (el controlador de pantallas braille) tiene abierto %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+67" />
        <source>If you use no braille display, run: sudo apt remove brltty, then plug the board in again.</source>
        <translation>Si no usa ninguna pantalla braille, ejecute: sudo apt remove brltty y vuelva a conectar la placa.</translation>
    </message>
    <message>
        <location line="-59" />
        <source>%1 is in use by %2.</source>
        <translation>%2 está usando %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close that program (a serial monitor, another TinyDeploy, an IDE), or end it: kill %1.</source>
        <translation>Cierre ese programa (un monitor serie, otro TinyDeploy, un IDE) o termínelo: kill %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ModemManager is running and may open %1 for a few seconds after the board appears, which makes flashing or the first connection fail.</source>
        <translation>ModemManager está en ejecución y puede abrir %1 durante unos segundos después de que aparezca la placa, lo que hace fallar la grabación o la primera conexión.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Install TinyDeploy's udev rules (they set ID_MM_DEVICE_IGNORE for the boards it knows), or run: sudo systemctl disable --now ModemManager.</source>
        <translation>Instale las reglas udev de TinyDeploy (definen ID_MM_DEVICE_IGNORE para las placas que conoce) o ejecute: sudo systemctl disable --now ModemManager.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ModemManager runs as %1</source>
        <translation>ModemManager se ejecuta como %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The USB serial adapter %1 has no serial port: brltty (the braille display driver) took it.</source>
        <translation>El adaptador serie USB %1 no tiene puerto serie: lo ha ocupado brltty (el controlador de pantallas braille).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>USB device %1</source>
        <translation>Dispositivo USB %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is on the USB bus (%2) but has no serial port.</source>
        <translation>%1 está en el bus USB (%2), pero no tiene puerto serie.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The board may be in bootloader (DFU) mode, or its probe's firmware has no serial interface: reset it or update the probe's firmware, and check that the cable is a data cable.</source>
        <translation>Puede que la placa esté en modo de cargador de arranque (DFU) o que el firmware de su sonda no tenga interfaz serie: reiníciela o actualice el firmware de la sonda, y compruebe que el cable es de datos.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>USB device %1, serial number %2</source>
        <translation>Dispositivo USB %1, número de serie %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No serial port, and no board TinyDeploy knows, is on the USB bus.</source>
        <translation>No hay ningún puerto serie ni ninguna placa conocida por TinyDeploy en el bus USB.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plug the board in. If it is plugged in and its lights are on, the cable may carry power only: try another cable (a data cable) and another USB socket.</source>
        <translation>Conecte la placa. Si ya está conectada y sus luces están encendidas, puede que el cable solo sirva para la alimentación: pruebe otro cable (uno de datos) y otro puerto USB.</translation>
    </message>
    <message numerus="yes">
        <location line="+37" />
        <source>%1 appeared and vanished %n time(s) while TinyDeploy watched.</source>
        <translation>
            <numerusform>%1 apareció y desapareció %n vez mientras TinyDeploy vigilaba.</numerusform>
            <numerusform>%1 apareció y desapareció %n veces mientras TinyDeploy vigilaba.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The board keeps resetting or the cable is loose: try another cable and another USB socket (not a hub), and check that the board has enough power.</source>
        <translation>La placa se reinicia una y otra vez o el cable está flojo: pruebe otro cable y otro puerto USB (no un concentrador) y compruebe que la placa recibe suficiente alimentación.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Format</name>
    <message>
        <location filename="../src/core/util/format.cpp" line="+18" />
        <source>unknown</source>
        <translation>desconocido</translation>
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
        <translation>El modelo de ejemplo no está instalado.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reinstall TinyDeploy, or open a model archive of your own.</source>
        <translation>Reinstale TinyDeploy, o abra un archivo de modelo propio.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Looked in %1.</source>
        <translation>Se buscó en %1.</translation>
    </message>
    <message>
        <source>Looked in %1/../samples and %1/../share/tinydeploy/samples.</source>
        <translation type="vanished">Se buscó en %1/../samples y %1/../share/tinydeploy/samples.</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Module "%1" uses the graph executor: it needs a JSON parser and more memory on the device than the AOT executor, and our templates expect AOT.</source>
        <translation>El módulo «%1» usa el ejecutor de grafo: necesita un analizador JSON y más memoria en el dispositivo que el ejecutor AOT, y nuestras plantillas esperan AOT.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The model was compiled for %1 but the board %2 has a %3: it may not build, or run slower than it could.</source>
        <translation>El modelo se compiló para %1, pero la placa %2 tiene un %3: puede que no compile, o que se ejecute más lento de lo posible.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Cancelado.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizarddeployment.cpp" line="+75" />
        <source>A deployment is in progress.</source>
        <translation>Hay un despliegue en curso.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for it to finish, or cancel it, then press Run Again.</source>
        <translation>Espere a que termine o cancélelo y, después, pulse Ejecutar de nuevo.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The model this project was made from no longer exists.</source>
        <translation>El modelo a partir del cual se creó este proyecto ya no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the model archive back, or open the model and deploy it again.</source>
        <translation>Vuelva a colocar el archivo de modelo en su sitio, o abra el modelo y despliéguelo de nuevo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The template %1 of this project is not installed any more.</source>
        <translation>La plantilla %1 de este proyecto ya no está instalada.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Install the template again (Settings &gt; Template folders), or deploy the model with another template.</source>
        <translation>Vuelva a instalar la plantilla (Configuración &gt; Carpetas de plantillas) o despliegue el modelo con otra plantilla.</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Flash the device before running the model.</source>
        <translation>Grabe el dispositivo antes de ejecutar el modelo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A run is still in progress.</source>
        <translation>Todavía hay una ejecución en curso.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Connecting to the device was cancelled before the model ran.</source>
        <translation>La conexión con el dispositivo se canceló antes de que se ejecutara el modelo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Press Retry to deploy again.</source>
        <translation>Pulse Reintentar para desplegar de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizardstep.cpp" line="+18" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build</source>
        <translation>Compilar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="+9" />
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+2" />
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+16" />
        <source>About TinyDeploy</source>
        <translation>Acerca de TinyDeploy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Deploys TVM Model Library Format models to microcontrollers through microTVM Project API templates.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Despliega modelos de TVM en Model Library Format en microcontroladores mediante plantillas de la Project API de microTVM.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, ejecutándose con Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&lt;b&gt;Templates:&lt;/b&gt; not checked yet (open the Target step).</source>
        <translation>&lt;b&gt;Plantillas:&lt;/b&gt; aún sin comprobar (abra el paso Destino).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Templates:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Plantillas:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Tools found:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Herramientas encontradas:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location line="+44" />
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 (did not say its version)</source>
        <translation>%1 (no indicó su versión)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>could not start: %1</source>
        <translation>no se pudo iniciar: %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::BatchDialog</name>
    <message>
        <location filename="../src/gui/batchdialog.cpp" line="+47" />
        <source>Deploy to Several Boards</source>
        <translation>Desplegar en varias placas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Flash Several Boards</source>
        <translation>Grabar varias placas</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Flashes the deployment package %1 into several boards, a few at a time, and checks each with the package's samples. Nothing is built. A board that fails keeps its row, with Retry.</source>
        <translation>Graba el paquete de despliegue %1 en varias placas, unas pocas a la vez, y comprueba cada una con los ejemplos del paquete. No se compila nada. Una placa que falla conserva su fila, con Reintentar.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deploys %1 with %2 to several boards: the project is built once, then each board is flashed and checked, a few at a time. A board that fails keeps its row, with Retry.</source>
        <translation>Despliega %1 con %2 en varias placas: el proyecto se compila una vez y luego cada placa se graba y se comprueba, unas pocas a la vez. Una placa que falla conserva su fila, con Reintentar.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Emulated &amp;boards:</source>
        <translation>Placas &amp;emuladas:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Boards:</source>
        <translation>Placas:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>How many boards are flashed and checked at the same time.</source>
        <translation>Cuántas placas se graban y comprueban a la vez.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;At once:</source>
        <translation>&amp;A la vez:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Boards of the batch</source>
        <translation>Placas del lote</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add to Batc&amp;h</source>
        <translation>Añadir al &amp;lote</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Deploy</source>
        <translation>&amp;Desplegar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Cancel All</source>
        <translation>Ca&amp;ncelar todo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export Report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Deploy to Several Boards…</source>
        <translation>Desplegar en &amp;varias placas…</translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <source>%n %1 board(s) connected.</source>
        <translation>
            <numerusform>%n placa %1 conectada.</numerusform>
            <numerusform>%n placas %1 conectadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34" />
        <source>Building the project once…</source>
        <translation>Compilando el proyecto una vez…</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+15" />
        <source>Flashing and checking each board…</source>
        <translation>Grabando y comprobando cada placa…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry board %1</source>
        <translation>Reintentar la placa %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 of %2 boards passed, %3 failed, %4 cancelled.</source>
        <translation>%1 de %2 placas superadas, %3 fallidas, %4 canceladas.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>New board plugged in, not in this batch: %1.</source>
        <translation>Se ha conectado una placa nueva que no está en este lote: %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+10" />
        <source>Export Batch Report</source>
        <translation>Exportar informe del lote</translation>
    </message>
    <message>
        <location line="-6" />
        <source>HTML report (*.html)</source>
        <translation>Informe HTML (*.html)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cancelling every board…</source>
        <translation>Cancelando todas las placas…</translation>
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
        <translation>Placa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Failed: %1</source>
        <translation>Fallido: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::BuildProgress</name>
    <message>
        <location filename="../src/gui/buildprogress.cpp" line="+19" />
        <source>Step progress</source>
        <translation>Progreso del paso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Time since the step started</source>
        <translation>Tiempo desde que empezó el paso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elapsed %1</source>
        <translation>Transcurrido %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::DiagnosticsDialog</name>
    <message>
        <location filename="../src/gui/diagnosticsdialog.cpp" line="+71" />
        <source>Log Categories</source>
        <translation>Categorías de registro</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Developer diagnostics: switch on the areas to look into. Their messages appear below; wire dumps can be large.</source>
        <translation>Diagnóstico para desarrolladores: active las áreas que quiera examinar. Sus mensajes aparecen abajo; los volcados de la comunicación pueden ser grandes.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>QT_LOGGING_RULES is set in the environment (%1); its rules take precedence over these switches.</source>
        <translation>QT_LOGGING_RULES está definida en el entorno (%1); sus reglas tienen prioridad sobre estos interruptores.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Captured messages</source>
        <translation>Mensajes capturados</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Plugins (loaded when a page needs them):</source>
        <translation>Complementos (se cargan cuando una página los necesita):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Plugins</source>
        <translation>Complementos</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Plugin folders, in search order (TINYDEPLOY_PLUGIN_PATH first):</source>
        <translation>Carpetas de complementos, en orden de búsqueda (primero TINYDEPLOY_PLUGIN_PATH):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  %1 (does not exist)</source>
        <translation>  %1 (no existe)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+15" />
        <source>  (none)</source>
        <translation>  (ninguna)</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Plugins found:</source>
        <translation>Complementos encontrados:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  %1 %2 (%3): %4</source>
        <translation>  %1 %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>built into the application</source>
        <translation>integrado en la aplicación</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No plugin manager in this program.</source>
        <translation>Este programa no tiene gestor de complementos.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::DrawingCanvas</name>
    <message>
        <location filename="../src/gui/drawingcanvas.cpp" line="+27" />
        <source>Drawing area</source>
        <translation>Área de dibujo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draw a digit with the mouse, a finger or a pen. Delete or Backspace clears it.</source>
        <translation>Dibuje un dígito con el ratón, un dedo o un lápiz. Delete o Backspace lo borran.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a digit here; it is sent to the device as you lift the pen.</source>
        <translation>Dibuje aquí un dígito; se envía al dispositivo al levantar el lápiz.</translation>
    </message>
    <message>
        <location filename="../src/gui/strokeraster.cpp" line="+131" />
        <source>This model's input is not a small grey picture, so it cannot be drawn.</source>
        <translation>La entrada de este modelo no es una pequeña imagen en escala de grises, así que no se puede dibujar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a sample input or a file instead.</source>
        <translation>Elija en su lugar una entrada de ejemplo o un archivo.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::DrawingPanel</name>
    <message>
        <location filename="../src/gui/drawingcanvas.cpp" line="+202" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear the drawing</source>
        <translation>Borrar el dibujo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the drawing (Delete)</source>
        <translation>Borrar el dibujo (Delete)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a digit; the device answers as you lift the pen.</source>
        <translation>Dibuje un dígito; el dispositivo responde al levantar el lápiz.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ErrorPanel</name>
    <message>
        <location filename="../src/gui/errorpanel.cpp" line="+30" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+44" />
        <source>Show Detai&amp;ls</source>
        <translation>M&amp;ostrar detalles</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hide Detai&amp;ls</source>
        <translation>&amp;Ocultar detalles</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="vanished">Mostrar &amp;detalles</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Show error details</source>
        <translation>Mostrar los detalles del error</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation type="vanished">Ocultar &amp;detalles</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::FitCheckWidget</name>
    <message>
        <location filename="../src/gui/fitcheckwidget.cpp" line="+37" />
        <source>Fit check result</source>
        <translation>Resultado de la comprobación de espacio</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Flash use</source>
        <translation>Uso de flash</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+0" />
        <source>RAM use</source>
        <translation>Uso de RAM</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How the sizes were estimated</source>
        <translation>Cómo se estimaron los tamaños</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+75" />
        <location line="+5" />
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="-75" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 over</source>
        <translation>%1 de más</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The model does not fit on %1: not enough flash and RAM.</source>
        <translation>El modelo no cabe en %1: falta flash y RAM.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The model does not fit on %1: not enough flash.</source>
        <translation>El modelo no cabe en %1: falta flash.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The model does not fit on %1: not enough RAM.</source>
        <translation>El modelo no cabe en %1: falta RAM.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model fits on %1.</source>
        <translation>El modelo cabe en %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot tell whether the model fits on %1: the board does not declare all its memory.</source>
        <translation>No se puede saber si el modelo cabe en %1: la placa no declara toda su memoria.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose a model and a board to see whether the model fits.</source>
        <translation>Elija un modelo y una placa para ver si el modelo cabe.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::FlashPage</name>
    <message>
        <location filename="../src/gui/flashpage.cpp" line="+30" />
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hecho.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Done.&lt;/b&gt; The device answers on %1.</source>
        <translation>&lt;b&gt;Hecho.&lt;/b&gt; El dispositivo responde en %1.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::HistoryDialog</name>
    <message>
        <location filename="../src/gui/historydialog.cpp" line="+57" />
        <source>Deployment History</source>
        <translation>Historial de despliegues</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board</source>
        <translation>Placa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement / accuracy</source>
        <translation>Concordancia / exactitud</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Part of the model's name</source>
        <translation>Parte del nombre del modelo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Part of the board's name</source>
        <translation>Parte del nombre de la placa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any result</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Since</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Board:</source>
        <translation>&amp;Placa:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Deployment records</source>
        <translation>Registros de despliegue</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run &amp;Again</source>
        <translation>Ejecutar de &amp;nuevo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the model again on the board of this record, without building or flashing anything</source>
        <translation>Ejecutar el modelo de nuevo en la placa de este registro, sin compilar ni grabar nada</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export Report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+50" />
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Reading the records…</source>
        <translation>Leyendo los registros…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 during %2</source>
        <translation>%1 durante %2</translation>
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
            <numerusform>%n registro.</numerusform>
            <numerusform>%n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n record(s). Not readable: %1</source>
        <translation>
            <numerusform>%n registro. No se pueden leer: %1</numerusform>
            <numerusform>%n registros. No se pueden leer: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49" />
        <source>Running %1 again.</source>
        <translation>Ejecutando %1 de nuevo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running %1 again. %2</source>
        <translation>Ejecutando %1 de nuevo. %2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open Logs &amp;Folder</source>
        <translation>Abrir la &amp;carpeta de logs</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Delete Record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the record of %1 (%2)? Its logs, results and the project inside it are removed.</source>
        <translation>¿Eliminar el registro de %1 (%2)? Se eliminarán sus logs, sus resultados y el proyecto que contiene.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>No record is selected.</source>
        <translation>No hay ningún registro seleccionado.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>HTML report (*.html);;JSON report (*.json)</source>
        <translation>Informe HTML (*.html);;Informe JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Wrote %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::HistoryScan</name>
    <message>
        <location filename="../src/gui/historyscan.cpp" line="+83" />
        <source>The deployment of %1 was interrupted during %2.</source>
        <translation>El despliegue de %1 se interrumpió durante %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>See View &gt; History (%n interrupted).</source>
        <translation>
            <numerusform>Consulte Ver &gt; Historial (%n interrumpido).</numerusform>
            <numerusform>Consulte Ver &gt; Historial (%n interrumpidos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::KioskActions</name>
    <message>
        <location filename="../src/gui/kioskactions.cpp" line="+30" />
        <source>Save as K&amp;iosk Configuration…</source>
        <translation>Guardar como configuración de &amp;quiosco…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A file for "tinydeploy --kiosk": one big Deploy button for students, with this model, template, board and options.</source>
        <translation>Un archivo para «tinydeploy --kiosk»: un gran botón Desplegar para los alumnos, con este modelo, plantilla, placa y opciones.</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+12" />
        <source>Save as Kiosk Configuration</source>
        <translation>Guardar como configuración de quiosco</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Kiosk configurations (*.tdkiosk)</source>
        <translation>Configuraciones de quiosco (*.tdkiosk)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Wrote %1. Start the kiosk with: tinydeploy --kiosk %1</source>
        <translation>Se escribió %1. Inicie el quiosco con: tinydeploy --kiosk %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::KioskWindow</name>
    <message>
        <location filename="../src/gui/kiosk/kioskcontroller.cpp" line="+38" />
        <source>Press Deploy first.</source>
        <translation>Pulse primero Desplegar.</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Plug in the board the package is for.</source>
        <translation>Conecte la placa para la que es el paquete.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This computer runs the model itself: no board to plug in.</source>
        <translation>Este equipo ejecuta el modelo por sí mismo: no hay que conectar ninguna placa.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emulated board (%1): always ready.</source>
        <translation>Placa emulada (%1): siempre lista.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Plug in a board: %1.</source>
        <translation>Conecte una placa: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n boards are plugged in: unplug all but one.</source>
        <translation>
            <numerusform>Hay %n placa conectada: desconecte todas menos una.</numerusform>
            <numerusform>Hay %n placas conectadas: desconecte todas menos una.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Board ready: %1 on %2.</source>
        <translation>Placa lista: %1 en %2.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The deployment was cancelled.</source>
        <translation>El despliegue se canceló.</translation>
    </message>
    <message>
        <location filename="../src/gui/kiosk/kioskerrors.cpp" line="+19" />
        <source>The deployment was stopped. Press Deploy to start again.</source>
        <translation>El despliegue se detuvo. Pulse Desplegar para empezar de nuevo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No board was found. Plug in the board with its USB cable, wait a few seconds, then press Deploy.</source>
        <translation>No se encontró ninguna placa. Conecte la placa con su cable USB, espere unos segundos y pulse Desplegar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The board was unplugged or stopped answering. Plug it in again, then press Deploy.</source>
        <translation>La placa se desconectó o dejó de responder. Vuelva a conectarla y pulse Desplegar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This model is too large for this board. Ask your teacher.</source>
        <translation>Este modelo es demasiado grande para esta placa. Consulte a su docente.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>TinyDeploy is not set up correctly on this computer. Ask your teacher.</source>
        <translation>TinyDeploy no está bien configurado en este equipo. Consulte a su docente.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+28" />
        <source>This kiosk's configuration cannot be used. Ask your teacher.</source>
        <translation>No se puede usar la configuración de este quiosco. Consulte a su docente.</translation>
    </message>
    <message>
        <location line="-27" />
        <source>This kiosk's settings do not suit the board. Ask your teacher.</source>
        <translation>Los ajustes de este quiosco no son adecuados para la placa. Consulte a su docente.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The model of this kiosk is damaged. Ask your teacher.</source>
        <translation>El modelo de este quiosco está dañado. Consulte a su docente.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The deployment package of this kiosk is damaged or was changed. Ask your teacher for a new one.</source>
        <translation>El paquete de despliegue de este quiosco está dañado o fue modificado. Pida uno nuevo a su docente.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The board did not answer. Unplug it, plug it in again, then press Deploy.</source>
        <translation>La placa no respondió. Desconéctela, vuelva a conectarla y pulse Desplegar.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The board answered something unexpected. Press its reset button, then press Deploy.</source>
        <translation>La placa respondió algo inesperado. Pulse su botón de reinicio y luego pulse Desplegar.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A file this kiosk needs is missing. Ask your teacher.</source>
        <translation>Falta un archivo que necesita este quiosco. Consulte a su docente.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The project for the board could not be prepared. Press Deploy to try again; if it fails again, ask your teacher.</source>
        <translation>No se pudo preparar el proyecto para la placa. Pulse Desplegar para volver a intentarlo; si vuelve a fallar, consulte a su docente.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The program for the board could not be built. Ask your teacher to check this computer.</source>
        <translation>No se pudo compilar el programa para la placa. Pida a su docente que revise este equipo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The program could not be copied to the board. Check the USB cable, then press Deploy.</source>
        <translation>No se pudo copiar el programa a la placa. Compruebe el cable USB y pulse Desplegar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>TinyDeploy could not talk to the board. Unplug it, plug it in again, then press Deploy.</source>
        <translation>TinyDeploy no pudo comunicarse con la placa. Desconéctela, vuelva a conectarla y pulse Desplegar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model stopped while running on the board. Press Deploy to try again.</source>
        <translation>El modelo se detuvo mientras se ejecutaba en la placa. Pulse Desplegar para volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Something went wrong. Press Deploy to try again, or ask your teacher.</source>
        <translation>Algo salió mal. Pulse Desplegar para volver a intentarlo o consulte a su docente.</translation>
    </message>
    <message>
        <location filename="../src/gui/kiosk/kioskwindow.cpp" line="+56" />
        <source>Board</source>
        <translation>Placa</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+4" />
        <location line="+129" />
        <source>Deploy</source>
        <translation>Desplegar</translation>
    </message>
    <message>
        <location line="-128" />
        <source>Puts the model on the board and runs it (Enter)</source>
        <translation>Carga el modelo en la placa y lo ejecuta (Enter)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The full error, for the teacher</source>
        <translation>El error completo, para el docente</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location line="+96" />
        <source>Deploy Again</source>
        <translation>Desplegar de nuevo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %p%</source>
        <translation>%1: %p%</translation>
    </message>
    <message>
        <location line="+39" />
        <source>You drew: %1</source>
        <translation>Ha dibujado: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The board says: %1</source>
        <translation>La placa dice: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model ran on the board.</source>
        <translation>El modelo se ejecutó en la placa.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>It took %1 µs on this computer.</source>
        <translation>Tardó %1 µs en este equipo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It took %1 µs on the emulated board.</source>
        <translation>Tardó %1 µs en la placa emulada.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It took %1 µs on the board.</source>
        <translation>Tardó %1 µs en la placa.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stopping the board…</source>
        <translation>Deteniendo la placa…</translation>
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
        <translation type="vanished">Latencia por ejecución</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Latency (µs)</source>
        <translation>Latencia (µs)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency chart</source>
        <translation>Gráfico de latencia</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Latency statistics</source>
        <translation>Estadísticas de latencia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emulated board: cycle counts come from the emulator, not from real silicon.</source>
        <translation>Placa emulada: los ciclos vienen del emulador, no de hardware real.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Emulated timing notice</source>
        <translation>Aviso de tiempos emulados</translation>
    </message>
    <message>
        <location line="+48" />
        <source>its plugin could not make the plot</source>
        <translation>su complemento no pudo crear el gráfico</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin could not be loaded</source>
        <translation>no se pudo cargar su complemento</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin does not provide a latency plot</source>
        <translation>su complemento no ofrece un gráfico de latencia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin belongs to another version of TinyDeploy</source>
        <translation>su complemento es de otra versión de TinyDeploy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin is missing or damaged</source>
        <translation>su complemento falta o está dañado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin was not found</source>
        <translation>no se encontró su complemento</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plugin folders searched (TINYDEPLOY_PLUGIN_PATH first):</source>
        <translation>Carpetas de complementos buscadas (primero TINYDEPLOY_PLUGIN_PATH):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  (none)</source>
        <translation>  (ninguna)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The latency chart is not available: %1.</source>
        <translation>El gráfico de latencia no está disponible: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency chart not available</source>
        <translation>Gráfico de latencia no disponible</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reinstall TinyDeploy; the plugin belongs in %1.</source>
        <translation>Reinstale TinyDeploy; el complemento debe estar en %1.</translation>
    </message>
    <message>
        <location line="+92" />
        <source>No runs yet.</source>
        <translation>Aún no hay ejecuciones.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>min %1 · median %2 · max %3 (%n run(s))</source>
        <translation>
            <numerusform>mín. %1 · mediana %2 · máx. %3 (%n ejecución)</numerusform>
            <numerusform>mín. %1 · mediana %2 · máx. %3 (%n ejecuciones)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::LogModel</name>
    <message>
        <location filename="../src/gui/logstore.cpp" line="+112" />
        <source>Cannot create the log file: %1.</source>
        <translation>No se puede crear el archivo de registro: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Compruebe que la carpeta existe y que puede escribir en ella.</translation>
    </message>
    <message>
        <location filename="../src/gui/logsave.cpp" line="+114" />
        <location filename="../src/gui/logstore.cpp" line="+8" />
        <location line="+132" />
        <source>Cannot read the log file: %1.</source>
        <translation>No se puede leer el archivo de registro: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/logstore.cpp" line="+2" />
        <source>Check that the file exists and that you may read it.</source>
        <translation>Compruebe que el archivo existe y que puede leerlo.</translation>
    </message>
    <message>
        <location line="-118" />
        <source>Cannot create a temporary log file: %1.</source>
        <translation>No se puede crear un archivo de registro temporal: %1.</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+68" />
        <source>Cannot write the log file: %1.</source>
        <translation>No se puede escribir el archivo de registro: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Free some disk space; the log shown may be incomplete.</source>
        <translation>Libere espacio en disco; puede que el registro mostrado esté incompleto.</translation>
    </message>
    <message>
        <location filename="../src/gui/logmodel.cpp" line="+201" />
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/logsave.cpp" line="-16" />
        <location line="+26" />
        <location line="+8" />
        <location line="+6" />
        <source>Cannot save the log: %1.</source>
        <translation>No se puede guardar el registro: %1.</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Choose a folder you may write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+8" />
        <source>Check the free disk space.</source>
        <translation>Compruebe el espacio libre en disco.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::LogView</name>
    <message>
        <location filename="../src/gui/logview.cpp" line="+53" />
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Search the log (Ctrl+F)</source>
        <translation>Buscar en el registro (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find the next line containing the text (F3)</source>
        <translation>Buscar la siguiente línea que contiene el texto (F3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find the previous line containing the text (Shift+F3)</source>
        <translation>Buscar la línea anterior que contiene el texto (Mayús+F3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>F&amp;ollow</source>
        <translation>S&amp;eguir</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep the newest line in view</source>
        <translation>Mantener visible la línea más reciente</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Times</source>
        <translation>&amp;Horas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show when each line arrived</source>
        <translation>Mostrar cuándo llegó cada línea</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Copiar las líneas seleccionadas (Ctrl+C)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Save As...</source>
        <translation>Guardar &amp;como...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the whole log to a file</source>
        <translation>Guardar todo el registro en un archivo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty the view; the log file keeps every line</source>
        <translation>Vaciar la vista; el archivo de registro conserva todas las líneas</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Log status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Saved the log to %1.</source>
        <translation>Registro guardado en %1.</translation>
    </message>
    <message>
        <location line="+60" />
        <location line="+31" />
        <source>No line contains "%1".</source>
        <translation>Ninguna línea contiene «%1».</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Searching...</source>
        <translation>Buscando...</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Save Log</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log files (*.log *.txt)</source>
        <translation>Archivos de registro (*.log *.txt)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saving...</source>
        <translation>Guardando...</translation>
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
        <translation type="vanished">&lt;h2&gt;Lleve un modelo entrenado a un microcontrolador&lt;/h2&gt;&lt;p&gt;Abra un archivo de TVM en Model Library Format (.tar, .tar.gz, .tar.xz) o una carpeta de archivo extraída para ver su contenido. También puede soltarlo sobre esta ventana.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="+43" />
        <source>&amp;Open Model Archive…</source>
        <translation>&amp;Abrir archivo de modelo…</translation>
    </message>
    <message>
        <source>Open model archive</source>
        <translation type="vanished">Abrir archivo de modelo</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation type="vanished">Leyendo el archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Cancelado.</translation>
    </message>
    <message>
        <source>Open Another Archive…</source>
        <translation type="vanished">Abrir otro archivo…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+88" />
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="-1" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="vanished">&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="-85" />
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+26" />
        <location filename="../src/gui/mainwindowmenus.cpp" line="+31" />
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/gui/mainwindowmenus.cpp" line="+86" />
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/gui/mainwindowmenus.cpp" line="+2" />
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="-116" />
        <source>&amp;Try the Sample Model</source>
        <translation>&amp;Probar el modelo de ejemplo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Save Log…</source>
        <translation>&amp;Guardar registro…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close Model</source>
        <translation>&amp;Cerrar modelo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4" />
        <source>De&amp;ploy</source>
        <translation>Desp&amp;liegue</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Run Con&amp;tinuously</source>
        <translation>Ejecutar continua&amp;mente</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Language and &amp;Settings…</source>
        <translation>&amp;Idioma y ajustes…</translation>
    </message>
    <message>
        <location line="+50" />
        <source>&amp;Deploy</source>
        <translation>&amp;Desplegar</translation>
    </message>
    <message>
        <location line="-89" />
        <source>&amp;Next / Deploy</source>
        <translation>&amp;Siguiente / Desplegar</translation>
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
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Run &amp;Once</source>
        <translation>Ejecutar &amp;una vez</translation>
    </message>
    <message>
        <source>Run &amp;Continuously</source>
        <translation type="vanished">Ejecutar continua&amp;mente</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Log Categories…</source>
        <translation>&amp;Categorías de registro…</translation>
    </message>
    <message>
        <source>&amp;Language and Settings…</source>
        <translation type="vanished">&amp;Idioma y configuración…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About TinyDeploy</source>
        <translation>&amp;Acerca de TinyDeploy</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
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
        <translation>Paso %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="+26" />
        <source>Deploy</source>
        <translation>Desplegar</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+33" />
        <source>Open Model Archive</source>
        <translation>Abrir archivo de modelo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model Library Format archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;Metadata of an extracted archive (metadata.json);;All files (*)</source>
        <translation>Archivos en Model Library Format (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;Metadatos de un archivo extraído (metadata.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Stopping the device…</source>
        <translation>Deteniendo el dispositivo…</translation>
    </message>
    <message>
        <location line="-285" />
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="vanished">No se pudo abrir %1</translation>
    </message>
    <message>
        <location line="+258" />
        <source>Clear Menu</source>
        <translation>Vaciar menú</translation>
    </message>
    <message>
        <source>About TinyDeploy</source>
        <translation type="vanished">Acerca de TinyDeploy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Deploys TVM Model Library Format models to microcontrollers through microTVM Project API templates.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Despliega modelos de TVM en Model Library Format en microcontroladores mediante plantillas de la Project API de microTVM.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, ejecutándose con Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ModelPage</name>
    <message>
        <location filename="../src/gui/modelpage.cpp" line="+48" />
        <source>No recent models</source>
        <translation>No hay modelos recientes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Recent models…</source>
        <translation>Modelos recientes…</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
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
        <translation>Ejecutor de grafo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none (operator library)</source>
        <translation>ninguno (biblioteca de operadores)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>(no module)</source>
        <translation>(sin módulo)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2, %3, metadata version %4</source>
        <translation>%1 — %2, %3, versión de metadatos %4</translation>
    </message>
    <message>
        <location line="+12" />
        <source>unknown (not recorded)</source>
        <translation>desconocida (no registrada)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>none found in the generated C (header declares %1)</source>
        <translation>no se encontró ninguno en el C generado (la cabecera declara %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+10" />
        <location line="+14" />
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="-21" />
        <source>TVM standalone C runtime included (runtime/)</source>
        <translation>Incluye el runtime de C independiente de TVM (runtime/)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not included: the template's own runtime support is used</source>
        <translation>no incluido: se usa el soporte de runtime propio de la plantilla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>workspace %1</source>
        <translation>espacio de trabajo %1</translation>
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
        <translation>archivo de parámetros %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>generated code %1</source>
        <translation>código generado %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>C name: %1</source>
        <translation>Nombre en C: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>output</source>
        <translation>salida</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::OptionsForm</name>
    <message>
        <location filename="../src/gui/optionsform.cpp" line="+75" />
        <source>This template has no options for these steps.</source>
        <translation>Esta plantilla no tiene opciones para estos pasos.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reset all options to their defaults</source>
        <translation>Restablecer todas las opciones a sus valores predeterminados</translation>
    </message>
    <message>
        <location line="+103" />
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(choose one)</source>
        <translation>(elija uno)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse for %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>integer</source>
        <translation>entero</translation>
    </message>
    <message>
        <location line="+2" />
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location line="+2" />
        <source>values separated by spaces or commas</source>
        <translation>valores separados por espacios o comas</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Error for %1</source>
        <translation>Error en %1</translation>
    </message>
    <message>
        <location line="+146" />
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Choose %1</source>
        <translation>Elegir %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::OutputsView</name>
    <message>
        <location filename="../src/gui/outputsview.cpp" line="+34" />
        <source>Output name</source>
        <translation>Nombre de la salida</translation>
    </message>
    <message>
        <location line="+1" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Top classes</source>
        <translation>Clases principales</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreement with the expected output</source>
        <translation>Concordancia con la salida esperada</translation>
    </message>
    <message>
        <location line="+34" />
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Output %1 %2</source>
        <translation>Salida %1 %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 (raw %2)</source>
        <translation>%1 (bruto %2)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>✔ Agrees with the expected output (max abs diff %1)</source>
        <translation>✔ Coincide con la salida esperada (dif. abs. máx. %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>✘ Differs from the expected output: max abs diff %1 at index %2, %n value(s) outside the tolerance</source>
        <translation>
            <numerusform>✘ Difiere de la salida esperada: dif. abs. máx. %1 en el índice %2, %n valor fuera de la tolerancia</numerusform>
            <numerusform>✘ Difiere de la salida esperada: dif. abs. máx. %1 en el índice %2, %n valores fuera de la tolerancia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::PackageActions</name>
    <message>
        <location filename="../src/gui/packageactions.cpp" line="+35" />
        <source>Open &amp;Deployment Package…</source>
        <translation>Abrir paquete de &amp;despliegue…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export Deployment Pac&amp;kage…</source>
        <translation>E&amp;xportar paquete de despliegue…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One file with the built firmware, how to flash it and the sample inputs: flash it where no compiler is installed.</source>
        <translation>Un único archivo con el firmware compilado, cómo grabarlo y las entradas de ejemplo: grábelo donde no haya ningún compilador instalado.</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+16" />
        <source>Open Deployment Package</source>
        <translation>Abrir paquete de despliegue</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Deployment packages (*.tdpkg);;All files (*)</source>
        <translation>Paquetes de despliegue (*.tdpkg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+17" />
        <source>Export Deployment Package</source>
        <translation>Exportar paquete de despliegue</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Deployment packages (*.tdpkg)</source>
        <translation>Paquetes de despliegue (*.tdpkg)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Wrote the deployment package %1 (%2 for %3).</source>
        <translation>Se ha guardado el paquete de despliegue %1 (%2 para %3).</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::PackageDialog</name>
    <message>
        <location filename="../src/gui/packagedialog.cpp" line="+37" />
        <source>Deployment Package %1</source>
        <translation>Paquete de despliegue %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board:</source>
        <translation>Placa:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (emulated)</source>
        <translation>%1 (emulada)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flasher:</source>
        <translation>Grabador:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample inputs:</source>
        <translation>Entradas de ejemplo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 by TinyDeploy %2</source>
        <translation>%1 con TinyDeploy %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not needed: the emulated board reports it</source>
        <translation>no es necesario: la placa emulada lo indica</translation>
    </message>
    <message>
        <location line="+1" />
        <source>found by USB id, or e.g. /dev/ttyACM0</source>
        <translation>se busca por id USB, o p. ej. /dev/ttyACM0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial port</source>
        <translation>Puerto serie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial &amp;port:</source>
        <translation>Puerto &amp;serie:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Flash and Run</source>
        <translation>&amp;Grabar y ejecutar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash &amp;Several Boards…</source>
        <translation>Grabar &amp;varias placas…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash this package into several boards at once, a few at a time, and check each with the package's samples.</source>
        <translation>Grabar este paquete en varias placas a la vez, unas pocas cada vez, y comprobar cada una con los ejemplos del paquete.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Done: %1 of %2 outputs agree with the expected ones.</source>
        <translation>Hecho: %1 de %2 salidas coinciden con las esperadas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Done: the model ran on the device.</source>
        <translation>Hecho: el modelo se ejecutó en el dispositivo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Flash Several Boards</source>
        <translation>Grabar varias placas</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::PortSelector</name>
    <message>
        <location filename="../src/gui/portselector.cpp" line="+33" />
        <source>Serial port</source>
        <translation>Puerto serie</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh the list of serial ports</source>
        <translation>Actualizar la lista de puertos serie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Chec&amp;k</source>
        <translation>Compro&amp;bar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check why the serial port cannot be used</source>
        <translation>Comprobar por qué no se puede usar el puerto serie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finds out why the port cannot be opened (permission, another program, ModemManager, brltty, the cable) and says what to do.</source>
        <translation>Averigua por qué no se puede abrir el puerto (permisos, otro programa, ModemManager, brltty, el cable) e indica qué hacer.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Serial port hint</source>
        <translation>Sugerencia sobre el puerto serie</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation type="vanished">n.º de serie %1</translation>
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
        <translation>Se crea cuando arranca la placa</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No serial port found</source>
        <translation>No se encontró ningún puerto serie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a serial port</source>
        <translation>Elija un puerto serie</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Emulated board: the port is created when the board starts.</source>
        <translation>Placa emulada: el puerto se crea cuando arranca la placa.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No serial port found. Plug the board in with a data cable (some USB cables only charge) and wait a moment: this list updates by itself. On Linux, the brltty service can take USB serial adapters away: if the port appears and vanishes at once, remove it (sudo apt remove brltty).</source>
        <translation>No se encontró ningún puerto serie. Conecte la placa con un cable de datos (algunos cables USB solo cargan) y espere un momento: esta lista se actualiza sola. En Linux, el servicio brltty puede apropiarse de los adaptadores serie USB: si el puerto aparece y desaparece enseguida, desinstálelo (sudo apt remove brltty).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>You may not open %1. Add yourself to the dialout group (sudo usermod -aG dialout $USER), then log out and in again.</source>
        <translation>No tiene permiso para abrir %1. Añádase al grupo dialout (sudo usermod -aG dialout $USER) y luego cierre sesión y vuelva a entrar.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose the one you mean (the serial number tells boards apart).</source>
        <translation>Elija el que quiere usar (el número de serie distingue las placas).</translation>
    </message>
    <message>
        <source>None of these ports looks like %1 (USB %2). Choose one, or check the cable.</source>
        <translation type="vanished">Ninguno de estos puertos parece ser %1 (USB %2). Elija uno, o compruebe el cable.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose the port of your board.</source>
        <translation>Elija el puerto de su placa.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ProfileDialog</name>
    <message>
        <location filename="../src/gui/profiledialog.cpp" line="+19" />
        <source>Timing every operator on the device…</source>
        <translation>Midiendo cada operador en el dispositivo…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operator Profile</source>
        <translation>Perfil de operadores</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%n operator(s), %1 µs in total. Click a column to sort.</source>
        <translation>
            <numerusform>%n operador, %1 µs en total. Haga clic en una columna para ordenar.</numerusform>
            <numerusform>%n operadores, %1 µs en total. Haga clic en una columna para ordenar.</numerusform>
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
        <translation>Nodo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mean (µs)</source>
        <translation>Media (µs)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share of the total</source>
        <translation>Parte del total</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::RunPage</name>
    <message>
        <location filename="../src/gui/runpage.cpp" line="+122" />
        <source>Connecting to the device…</source>
        <translation>Conectando con el dispositivo…</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <source>All sample inputs (%n)</source>
        <translation>
            <numerusform>Todas las entradas de ejemplo (%n)</numerusform>
            <numerusform>Todas las entradas de ejemplo (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sample %1</source>
        <translation>Ejemplo %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample %1 (a "%2")</source>
        <translation>Ejemplo %1 («%2»)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Random values</source>
        <translation>Valores aleatorios</translation>
    </message>
    <message>
        <location line="+8" />
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choose an Input</source>
        <translation>Elegir una entrada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inputs (*.npy *.npz *.bin *.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)</source>
        <translation>Entradas (*.npy *.npz *.bin *.png *.jpg *.jpeg *.bmp *.pgm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Random inputs need a connected device with one input.</source>
        <translation>Las entradas aleatorias necesitan un dispositivo conectado con una sola entrada.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>An image needs a device whose one input is an image.</source>
        <translation>Una imagen necesita un dispositivo cuya única entrada sea una imagen.</translation>
    </message>
    <message>
        <location filename="../src/gui/imageinput.cpp" line="+29" />
        <source>Could not read the image.</source>
        <translation>No se pudo leer la imagen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a PNG, JPEG or BMP file.</source>
        <translation>Use un archivo PNG, JPEG o BMP.</translation>
    </message>
    <message>
        <location filename="../src/gui/runpage.cpp" line="-188" />
        <source>Vali&amp;date…</source>
        <translation>Vali&amp;dar…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run a whole data set on the device and compare with the expected outputs or labels.</source>
        <translation>Ejecutar un conjunto de datos completo en el dispositivo y compararlo con las salidas esperadas o las etiquetas.</translation>
    </message>
    <message>
        <location line="+135" />
        <source>Draw a digit</source>
        <translation>Dibujar un dígito</translation>
    </message>
    <message>
        <location line="+71" />
        <source>A raw input file needs a connected device with one input.</source>
        <translation>Un archivo de entrada en bruto necesita un dispositivo conectado con una sola entrada.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Choose an input first.</source>
        <translation>Elija primero una entrada.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A drawing needs a connected device.</source>
        <translation>Para dibujar hace falta un dispositivo conectado.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The drawing is empty.</source>
        <translation>El dibujo está vacío.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draw a digit in the white square first.</source>
        <translation>Dibuje primero un dígito en el cuadrado blanco.</translation>
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
        <translation>reloj desconocido</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (emulated: cycle counts are not silicon timing)</source>
        <translation> (emulado: los ciclos no reflejan los tiempos del hardware real)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;%1&lt;/b&gt; running &lt;b&gt;%2&lt;/b&gt; (firmware %3, %4)&lt;br&gt;Inputs: %5&lt;br&gt;Outputs: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ejecuta &lt;b&gt;%2&lt;/b&gt; (firmware %3, %4)&lt;br&gt;Entradas: %5&lt;br&gt;Salidas: %6</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Entrada &lt;b&gt;%1&lt;/b&gt;: el dispositivo predice &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;, which is right.</source>
        <translation>Entrada &lt;b&gt;%1&lt;/b&gt;: el dispositivo predice &lt;b&gt;%2&lt;/b&gt;, y es correcto.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;, but it is %3.</source>
        <translation>Entrada &lt;b&gt;%1&lt;/b&gt;: el dispositivo predice &lt;b&gt;%2&lt;/b&gt;, pero es %3.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Outputs agree with the expected ones.</source>
        <translation>Las salidas coinciden con las esperadas.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outputs differ from the expected ones.</source>
        <translation>Las salidas difieren de las esperadas.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Protocol: %1</source>
        <translation>Protocolo: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Profiling needs a host-driven project with the graph executor (microTVM RPC); this one runs %1.</source>
        <translation>El perfilado necesita un proyecto dirigido por el host con el ejecutor de grafo (RPC de microTVM); este usa %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connect to the device first.</source>
        <translation>Conéctese primero al dispositivo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for the run to finish.</source>
        <translation>Espere a que termine la ejecución.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Times every operator of the model on the device and shows each one's share.</source>
        <translation>Mide cada operador del modelo en el dispositivo y muestra la parte de cada uno.</translation>
    </message>
    <message>
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="vanished">Entrada &lt;b&gt;%1&lt;/b&gt;: el dispositivo predice &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, which is right.</source>
        <translation type="vanished">, lo cual es correcto.</translation>
    </message>
    <message>
        <source>, but it is %1.</source>
        <translation type="vanished">, pero es %1.</translation>
    </message>
    <message>
        <source> Outputs agree with the expected ones.</source>
        <translation type="vanished"> Las salidas coinciden con las esperadas.</translation>
    </message>
    <message>
        <source> Outputs differ from the expected ones.</source>
        <translation type="vanished"> Las salidas difieren de las esperadas.</translation>
    </message>
    <message numerus="yes">
        <location line="-52" />
        <source>%n run(s), latency min %1 µs, median %2 µs, max %3 µs.</source>
        <translation>
            <numerusform>%n ejecución, latencia mín. %1 µs, mediana %2 µs, máx. %3 µs.</numerusform>
            <numerusform>%n ejecuciones, latencia mín. %1 µs, mediana %2 µs, máx. %3 µs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::SerialConsole</name>
    <message>
        <location filename="../src/gui/serialconsole.cpp" line="+42" />
        <source>Device output</source>
        <translation>Salida del dispositivo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hold new lines until you resume; they are still logged</source>
        <translation>Retener las líneas nuevas hasta que reanude; se siguen registrando</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Times</source>
        <translation>&amp;Horas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show when each line arrived</source>
        <translation>Mostrar cuándo llegó cada línea</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save As...</source>
        <translation>Guardar &amp;como...</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Console status</source>
        <translation>Estado de la consola</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+53" />
        <source>Cannot write the device log: %1.</source>
        <translation>No se puede escribir el registro del dispositivo: %1.</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+141" />
        <source>Choose a folder you may write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message numerus="yes">
        <location line="-78" />
        <source>Paused: %n line(s) waiting</source>
        <translation>
            <numerusform>En pausa: %n línea en espera</numerusform>
            <numerusform>En pausa: %n líneas en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+30" />
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot save the device output: %1.</source>
        <translation>No se puede guardar la salida del dispositivo: %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save Device Output</source>
        <translation>Guardar salida del dispositivo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="+33" />
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The system's language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new language takes effect the next time TinyDeploy starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie TinyDeploy.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Standalone CRT folder</source>
        <translation>Carpeta del runtime de C independiente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only needed for archives without runtime/</source>
        <translation>Solo es necesario para archivos sin runtime/</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse for the standalone CRT folder</source>
        <translation>Buscar la carpeta del runtime de C independiente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Standalone CRT Folder</source>
        <translation>Carpeta del runtime de C independiente</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Standalone CRT:</source>
        <translation>CRT i&amp;ndependiente:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Con&amp;firm…</source>
        <translation>&amp;Confirmar…</translation>
    </message>
    <message>
        <source>Standalone &amp;CRT:</source>
        <translation type="vanished">Runtime de &amp;C independiente:</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Your template folders</source>
        <translation>Sus carpetas de plantillas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>TinyDeploy runs the server program of every template it lists. It runs the ones in these folders only after you confirm them.</source>
        <translation>TinyDeploy ejecuta el programa servidor de cada plantilla que muestra. Las de estas carpetas solo las ejecuta después de que usted las confirme.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Template folders</source>
        <translation>Carpetas de plantillas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add Folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation type="vanished">Con&amp;firmar…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>%1 (not confirmed: not run)</source>
        <translation>%1 (sin confirmar: no se ejecuta)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add a Template Folder</source>
        <translation>Añadir una carpeta de plantillas</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Run Templates from This Folder?</source>
        <translation>¿Ejecutar las plantillas de esta carpeta?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TinyDeploy will run the template servers in %1 (Python programs) with your permissions. Only confirm folders whose contents you trust.</source>
        <translation>TinyDeploy ejecutará los servidores de plantillas de %1 (programas de Python) con sus permisos. Confirme solo carpetas cuyo contenido sea de su confianza.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::StepBinding</name>
    <message>
        <location filename="../src/gui/stepbinding.cpp" line="+75" />
        <source>Waiting for the previous step.</source>
        <translation>Esperando al paso anterior.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hecho.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Cancelled.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cancelado.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Falló.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::TargetPage</name>
    <message>
        <location filename="../src/gui/targetpage.cpp" line="+24" />
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tools missing</source>
        <translation>faltan herramientas</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not confirmed yet (Settings)</source>
        <translation>aún sin confirmar (Configuración)</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt; no se puede usar.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Looking for templates…</source>
        <translation>Buscando plantillas…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a template on the left.</source>
        <translation>Elija una plantilla a la izquierda.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;%1&lt;/b&gt;: some tools are missing:&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: faltan algunas herramientas:&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This template runs on this computer; it has no board to choose.</source>
        <translation>Esta plantilla se ejecuta en este equipo; no hay placa que elegir.</translation>
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
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+220" />
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location line="-219" />
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Validate on the device</source>
        <translation>Validar en el dispositivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A data set folder: inputs/ with expected/ or labels.csv, or one folder per class</source>
        <translation>Una carpeta de conjunto de datos: inputs/ con expected/ o labels.csv, o una carpeta por clase</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Data set:</source>
        <translation>&amp;Conjunto de datos:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Max abs error</source>
        <translation>Error abs. máx.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predicted</source>
        <translation>Predicha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agrees</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency (us)</source>
        <translation>Latencia (µs)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rows: the label; columns: the predicted class.</source>
        <translation>Filas: la etiqueta; columnas: la clase predicha.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Samples, worst first</source>
        <translation>Muestras, las peores primero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Choose the data set folder</source>
        <translation>Elegir la carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The device is not connected: run the model once first.</source>
        <translation>El dispositivo no está conectado: ejecute el modelo una vez primero.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Validating %1 against its %2.</source>
        <translation>Validando %1 con sus %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected outputs</source>
        <translation>salidas esperadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>labels</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 of %2 samples.</source>
        <translation>%1 de %2 muestras.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output %1: max abs error %2, RMSE %3, cosine %4</source>
        <translation>Salida %1: error abs. máx. %2, RMSE %3, coseno %4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Top-1 agreement %1, top-%2 agreement %3, accuracy %4</source>
        <translation>Coincidencia top-1 %1, coincidencia top-%2 %3, exactitud %4</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Latency: min %1 us, median %2 us, p95 %3 us, max %4 us</source>
        <translation>Latencia: mín. %1 µs, mediana %2 µs, p95 %3 µs, máx. %4 µs</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cancelled; the record keeps what was done.</source>
        <translation>Cancelado; el registro conserva lo hecho.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::History</name>
    <message>
        <location filename="../src/core/history/recordsummary.cpp" line="+53" />
        <source>The record may have been edited by hand or written by another version of TinyDeploy: fix or delete the record folder.</source>
        <translation>Puede que el registro se haya editado a mano o que lo haya escrito otra versión de TinyDeploy: corrija o elimine la carpeta del registro.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot read the deployment record.</source>
        <translation>No se puede leer el registro de despliegue.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the file is readable.</source>
        <translation>Compruebe que el archivo se puede leer.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The record file is too large (%1 bytes).</source>
        <translation>El archivo del registro es demasiado grande (%1 bytes).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The record file is not valid JSON: %1 at byte %2.</source>
        <translation>El archivo del registro no es JSON válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The record file does not hold a JSON object.</source>
        <translation>El archivo del registro no contiene un objeto JSON.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 % accuracy</source>
        <translation>exactitud del %1 %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 % top-1 agreement</source>
        <translation>concordancia top-1 del %1 %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1/%2 agree</source>
        <translation>%1/%2 coinciden</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This folder is not a deployment record: it has no deployment.json.</source>
        <translation>Esta carpeta no es un registro de despliegue: no contiene deployment.json.</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../src/core/history/recordindex.cpp" line="+115" />
        <source>Give a record folder (tinydeploy-cli history lists them).</source>
        <translation>Indique una carpeta de registro (tinydeploy-cli history las muestra).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The record has no format_version.</source>
        <translation>El registro no tiene format_version.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record was written by a newer TinyDeploy (record format %1; this version reads %2).</source>
        <translation>El registro lo escribió una versión más reciente de TinyDeploy (formato de registro %1; esta versión lee el %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open it with the TinyDeploy version that wrote it (%1).</source>
        <translation>Ábralo con la versión de TinyDeploy que lo escribió (%1).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The record has no "%1" text.</source>
        <translation>El registro no tiene el texto "%1".</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The record's "created" is not a date: %1.</source>
        <translation>El campo "created" del registro no es una fecha: %1.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The record's state "%1" is not one TinyDeploy writes.</source>
        <translation>El estado "%1" del registro no es uno de los que escribe TinyDeploy.</translation>
    </message>
    <message>
        <location filename="../src/core/history/recordindex.cpp" line="-12" />
        <source>No deployment record is called "%1".</source>
        <translation>No hay ningún registro de despliegue llamado "%1".</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give a record folder, or a name that "tinydeploy-cli history" lists.</source>
        <translation>Indique una carpeta de registro o un nombre que aparezca en "tinydeploy-cli history".</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This folder is not a deployment record: it was not deleted.</source>
        <translation>Esta carpeta no es un registro de despliegue: no se ha eliminado.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The record folder could not be deleted completely.</source>
        <translation>No se pudo eliminar por completo la carpeta del registro.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that its files are not in use and that you may delete them.</source>
        <translation>Compruebe que sus archivos no están en uso y que tiene permiso para eliminarlos.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" is not a date.</source>
        <translation>"%1" no es una fecha.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write it as 2026-12-03 or 2026-12-03T10:15.</source>
        <translation>Escríbala como 2026-12-03 o 2026-12-03T10:15.</translation>
    </message>
    <message>
        <location filename="../src/core/history/report.cpp" line="+163" />
        <source>Cannot write the report.</source>
        <translation>No se puede escribir el informe.</translation>
    </message>
    <message>
        <location filename="../src/core/history/reporthtml.cpp" line="+84" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Model file</source>
        <translation>Archivo del modelo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model SHA-256</source>
        <translation>SHA-256 del modelo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board</source>
        <translation>Placa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none (emulated board or not reported)</source>
        <translation>ninguno (placa emulada o no informado)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Serial port</source>
        <translation>Puerto serie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+75" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="-73" />
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Firmware size</source>
        <translation>Tamaño del firmware</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Firmware SHA-256</source>
        <translation>SHA-256 del firmware</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+15" />
        <source>Fit check</source>
        <translation>Comprobación de espacio</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The record has no fit check figures.</source>
        <translation>El registro no tiene datos de la comprobación de espacio.</translation>
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
        <translation>Estimado antes de la compilación a partir del paquete del modelo; tiende a sobrestimar por seguridad.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Steps and timings</source>
        <translation>Pasos y tiempos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+39" />
        <location line="+5" />
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location line="-43" />
        <source>No results were recorded.</source>
        <translation>No se registró ningún resultado.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The latest %1 of %2 results.</source>
        <translation>Los últimos %1 de %2 resultados.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/core/history/reportvalidation.cpp" line="+105" />
        <source>Predicted</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agrees</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median latency (us)</source>
        <translation>Latencia mediana (µs)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Latency per input</source>
        <translation>Latencia por entrada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median latency per input</source>
        <translation>Latencia mediana por entrada</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Deployment report</source>
        <translation>Informe de despliegue</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Generated by %1 on %2.</source>
        <translation>Generado por %1 el %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tool versions</source>
        <translation>Versiones de las herramientas</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the end only</source>
        <translation>solo el final</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No logs were recorded.</source>
        <translation>No se registró ningún log.</translation>
    </message>
    <message>
        <location filename="../src/core/history/reportvalidation.cpp" line="-55" />
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+53" />
        <source>Max abs error</source>
        <translation>Error absoluto máx.</translation>
    </message>
    <message>
        <location line="-52" />
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cosine similarity</source>
        <translation>Similitud del coseno</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rows: the expected class; columns: the class the device predicted.</source>
        <translation>Filas: la clase esperada; columnas: la clase que predijo el dispositivo.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Worst samples</source>
        <translation>Peores muestras</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+20" />
        <source>This deployment has no validation results.</source>
        <translation>Este despliegue no tiene resultados de validación.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Data set</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Top-1 agreement</source>
        <translation>Concordancia top-1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Top-%1 agreement</source>
        <translation>Concordancia top-%1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Latency over the data set</source>
        <translation>Latencia en el conjunto de datos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency (min, median, p95, max)</source>
        <translation>Latencia (mín., mediana, p95, máx.)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>min</source>
        <translation>mín.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location line="+0" />
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+0" />
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Json</name>
    <message>
        <location filename="../src/core/util/jsonsupport.cpp" line="+87" />
        <source>%1 is %2 bytes long, more than the %3 bytes accepted.</source>
        <translation>%1 ocupa %2 bytes, más que los %3 bytes admitidos.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 nests objects and arrays more than %2 levels deep (line %3, column %4).</source>
        <translation>%1 anida objetos y matrices más de %2 niveles (línea %3, columna %4).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not valid JSON at line %2, column %3: %4.</source>
        <translation>%1 no es JSON válido en la línea %2, columna %3: %4.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not valid JSON.</source>
        <translation>%1 no es JSON válido.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number with a fraction</source>
        <translation>un número con decimales</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an unknown value</source>
        <translation>un valor desconocido</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::MicroTvm</name>
    <message>
        <location filename="../src/core/microtvm/graphlayout.cpp" line="+60" />
        <source>The graph JSON is not valid JSON (%1 at byte %2).</source>
        <translation>El JSON del grafo no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The graph JSON has no '%1'.</source>
        <translation>El JSON del grafo no tiene '%1'.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>node_row_ptr has %1 entries for %2 nodes.</source>
        <translation>node_row_ptr tiene %1 entradas para %2 nodos.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>attrs.shape and attrs.dltype must have one entry per node output (%1).</source>
        <translation>attrs.shape y attrs.dltype deben tener una entrada por cada salida de nodo (%1).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Node '%1' has outputs out of range.</source>
        <translation>El nodo '%1' tiene salidas fuera de rango.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Node '%1' takes an input that does not precede it.</source>
        <translation>El nodo '%1' recibe una entrada que no lo precede.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Node '%1' takes an input out of range.</source>
        <translation>El nodo '%1' recibe una entrada fuera de rango.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A head is out of range.</source>
        <translation>Uno de los heads está fuera de rango.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/minrpc.cpp" line="+89" />
        <source>DLTensor.ndim is %1</source>
        <translation>DLTensor.ndim es %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The device's reply ends inside %1 (byte %2 of %3).</source>
        <translation>La respuesta del dispositivo termina dentro de %1 (byte %2 de %3).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The device's reply is malformed: %1.</source>
        <translation>La respuesta del dispositivo está mal formada: %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>unknown type code %1</source>
        <translation>código de tipo desconocido %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>num_args is %1</source>
        <translation>num_args es %1</translation>
    </message>
    <message>
        <location line="+278" />
        <source>The device's reply says %1 bytes but carries %2.</source>
        <translation>La respuesta del dispositivo indica %1 bytes, pero contiene %2.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The device answered with %1, which is not a reply.</source>
        <translation>El dispositivo contestó con %1, que no es una respuesta.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The device's reply has %1 bytes after its values.</source>
        <translation>La respuesta del dispositivo tiene %1 bytes después de sus valores.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A function call's reply has %1 values; expected the return type and the value.</source>
        <translation>La respuesta a una llamada de función tiene %1 valores; se esperaban el tipo de retorno y el valor.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A handle reply has 3 values.</source>
        <translation>Una respuesta con un handle tiene 3 valores.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A function call's reply says it returns %1 but carries %2.</source>
        <translation>La respuesta a una llamada de función indica que devuelve %1, pero contiene %2.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/modelplan.cpp" line="+27" />
        <source>The model archive has no %1.</source>
        <translation>El paquete del modelo no contiene %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the model again with tvm.micro.export_model_library_format.</source>
        <translation>Vuelva a exportar el modelo con tvm.micro.export_model_library_format.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is too large.</source>
        <translation>%1 es demasiado grande.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Tensor '%1' has the dtype '%2', which TinyDeploy cannot send.</source>
        <translation>El tensor '%1' tiene el dtype '%2', que TinyDeploy no puede enviar.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tensor '%1' has a dimension of %2.</source>
        <translation>El tensor '%1' tiene una dimensión de %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>AOT executor</source>
        <translation>ejecutor AOT</translation>
    </message>
    <message>
        <location line="+0" />
        <source>graph executor</source>
        <translation>ejecutor de grafo</translation>
    </message>
    <message>
        <location line="+14" />
        <source>metadata.json lists no module.</source>
        <translation>metadata.json no indica ningún módulo.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The model uses the executor '%1', which microTVM RPC cannot drive.</source>
        <translation>El modelo usa el ejecutor '%1', que microTVM RPC no puede controlar.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The model cannot run over microTVM RPC: the archive was not built with --runtime-crt-system-lib (its generated code has no TVMSystemLibEntryPoint).</source>
        <translation>El modelo no puede ejecutarse mediante microTVM RPC: el paquete no se compiló con --runtime-crt-system-lib (su código generado no tiene TVMSystemLibEntryPoint).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Build it again with the CRT system library (tvmc compile --runtime=crt --runtime-crt-system-lib 1, or Runtime("crt", {"system-lib": True}) in relay.build), or use a standalone project.</source>
        <translation>Vuelva a compilarlo con la biblioteca de sistema CRT (tvmc compile --runtime=crt --runtime-crt-system-lib 1, o Runtime("crt", {"system-lib": True}) en relay.build) o use un proyecto independiente.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/operatorprofiler.cpp" line="+56" />
        <source>Node '%1' has the dtype '%2'.</source>
        <translation>El nodo '%1' tiene el dtype '%2'.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Node '%1' has an invalid shape.</source>
        <translation>El nodo '%1' tiene una forma no válida.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Argument '%1' has %2 bytes, its node %3.</source>
        <translation>El argumento '%1' tiene %2 bytes, y su nodo, %3.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/paramsblob.cpp" line="+52" />
        <source>The params end early (at byte %1 of %2).</source>
        <translation>Los params terminan antes de lo previsto (en el byte %1 de %2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The params do not start with TVM's params magic.</source>
        <translation>Los params no empiezan con el número mágico de params de TVM.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The params name %1 tensors.</source>
        <translation>Los params nombran %1 tensores.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The params have %1 names but %2 arrays.</source>
        <translation>Los params tienen %1 nombres, pero %2 arrays.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The array of '%1' has a bad header.</source>
        <translation>El array de '%1' tiene una cabecera incorrecta.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The array of '%1' holds %2 bytes, its shape needs %3.</source>
        <translation>El array de '%1' contiene %2 bytes, pero su forma necesita %3.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/projectapitransportlink.cpp" line="+34" />
        <source>the Project API transport of %1</source>
        <translation>el transporte de Project API de %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The project's Project API server is not running.</source>
        <translation>El servidor Project API del proyecto no está en ejecución.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the project's server first (open the project again).</source>
        <translation>Inicie primero el servidor del proyecto (vuelva a abrir el proyecto).</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The transport is not open.</source>
        <translation>El transporte no está abierto.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>%1 of the project's server timed out: %2</source>
        <translation>Se agotó el tiempo de espera de %1 del servidor del proyecto: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The template's transport did not answer in time: check that the device (or the server's child process) is running.</source>
        <translation>El transporte de la plantilla no respondió a tiempo: compruebe que el dispositivo (o el proceso hijo del servidor) está en funcionamiento.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 failed: %2</source>
        <translation>El paso «%1» falló: %2</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcclient.cpp" line="+52" />
        <source>The device reports an unusable maximum packet size (%1).</source>
        <translation>El dispositivo indica un tamaño máximo de paquete no utilizable (%1).</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The microTVM client is busy.</source>
        <translation>El cliente microTVM está ocupado.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The link to the device is gone.</source>
        <translation>Se ha perdido la conexión con el dispositivo.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 needs an RPC packet of %2 bytes, over the device's limit of %3 bytes (TVM_CRT_MAX_PACKET_SIZE_BYTES %4 minus 11).</source>
        <translation>%1 necesita un paquete RPC de %2 bytes, por encima del límite del dispositivo de %3 bytes (TVM_CRT_MAX_PACKET_SIZE_BYTES %4 menos 11).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Raise TVM_CRT_MAX_PACKET_SIZE_BYTES in the firmware's crt_config.h (to at least %1), rebuild and flash it again.</source>
        <translation>Aumente TVM_CRT_MAX_PACKET_SIZE_BYTES en el crt_config.h del firmware (a %1 como mínimo), vuelva a compilarlo y grábelo de nuevo.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: no microTVM session with the device.</source>
        <translation>%1: no hay ninguna sesión microTVM con el dispositivo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect to the device again.</source>
        <translation>Vuelva a conectarse al dispositivo.</translation>
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
        <translation>%1 falló en el dispositivo (sin mensaje).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 failed on the device: %2</source>
        <translation>%1 falló en el dispositivo: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the firmware was built from the same model archive.</source>
        <translation>Compruebe que el firmware se compiló a partir del mismo paquete del modelo.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The device did not answer %1 within %2 ms.</source>
        <translation>El dispositivo no respondió a %1 en %2 ms.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The device may be stuck or reset: reset the board and try again. A model that runs longer needs a longer timeout.</source>
        <translation>Puede que el dispositivo se haya bloqueado o reiniciado: reinicie la placa y vuelva a intentarlo. Un modelo que tarda más necesita un tiempo de espera mayor.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A corrupted frame arrived while waiting for %1; the request was abandoned, never retried, and the session will restart.</source>
        <translation>Llegó una trama dañada mientras se esperaba %1; la petición se abandonó sin reintentarla y la sesión se reiniciará.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a reply</source>
        <translation>una respuesta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the cable and the baud rate, then try again.</source>
        <translation>Compruebe el cable y la velocidad en baudios y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The device reset itself during %1.</source>
        <translation>El dispositivo se reinició solo durante %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its state is lost: the request must start over. If the next request fails too, reset the board by hand; if it keeps resetting, check its power supply and its logs.</source>
        <translation>Se ha perdido su estado: la petición debe empezar de nuevo. Si la siguiente petición también falla, reinicie la placa a mano; si sigue reiniciándose, compruebe su alimentación y sus logs.</translation>
    </message>
    <message>
        <location line="+39" />
        <location filename="../src/core/microtvm/rpcrunner.cpp" line="+321" />
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>GetGlobalFunc(%1)</source>
        <translation>GetGlobalFunc(%1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the reply is not a handle.</source>
        <translation>%1: la respuesta no es un handle.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The device has no function '%1'.</source>
        <translation>El dispositivo no tiene la función '%1'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The firmware does not register it: check that it was built with the executor the model uses.</source>
        <translation>El firmware no la registra: compruebe que se compiló con el ejecutor que usa el modelo.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>FreeHandle(%1)</source>
        <translation>FreeHandle(%1)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>DevAllocDataWithScope(%1 bytes)</source>
        <translation>DevAllocDataWithScope(%1 bytes)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the device has no memory left.</source>
        <translation>%1: el dispositivo no tiene memoria libre.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use a smaller model or a board with more RAM.</source>
        <translation>Use un modelo más pequeño o una placa con más RAM.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DevFreeData(%1)</source>
        <translation>DevFreeData(%1)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The device's packets are too small to copy a tensor.</source>
        <translation>Los paquetes del dispositivo son demasiado pequeños para copiar un tensor.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>CopyToRemote(bytes %1-%2 of %3)</source>
        <translation>CopyToRemote(bytes %1-%2 de %3)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>CopyFromRemote(bytes %1-%2 of %3)</source>
        <translation>CopyFromRemote(bytes %1-%2 de %3)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>CopyFromRemote: the device sent %1 bytes instead of %2.</source>
        <translation>CopyFromRemote: el dispositivo envió %1 bytes en lugar de %2.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcexecutor.cpp" line="+46" />
        <source>runtime.SystemLib returned no module.</source>
        <translation>runtime.SystemLib no devolvió ningún módulo.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The graph JSON (%1 bytes minified)</source>
        <translation>El JSON del grafo (%1 bytes minificado)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Creating the %1 (one per boot: reset the device if it already has one)</source>
        <translation>Creación del %1 (uno por arranque: reinicie el dispositivo si ya tiene uno)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 returned no module.</source>
        <translation>%1 no devolvió ningún módulo.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>ModuleGetFunction(%1)</source>
        <translation>ModuleGetFunction(%1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The %1 on the device has no '%2'.</source>
        <translation>El %1 del dispositivo no tiene '%2'.</translation>
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
        <translation>El parámetro '%1' tiene %2 bytes, y el tensor del dispositivo, %3.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The firmware was built from another model.</source>
        <translation>El firmware se compiló a partir de otro modelo.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 returned no tensor.</source>
        <translation>%1 no devolvió ningún tensor.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>get_output(%1)</source>
        <translation>get_output(%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 '%2' has %3 bytes on the device, %4 in the model archive.</source>
        <translation>%1 '%2' tiene %3 bytes en el dispositivo y %4 en el paquete del modelo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The firmware was built from another model: build and flash it again.</source>
        <translation>El firmware se compiló a partir de otro modelo: vuelva a compilarlo y grabarlo.</translation>
    </message>
    <message>
        <location line="+126" />
        <source>RPCTimeEvaluator(%1)</source>
        <translation>RPCTimeEvaluator(%1)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>With 12 arguments: %1</source>
        <translation>Con 12 argumentos: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 returned no function.</source>
        <translation>%1 no devolvió ninguna función.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the timed %1</source>
        <translation>el %1 cronometrado</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The time evaluator returned %1 bytes for %2 repeats.</source>
        <translation>El evaluador de tiempo devolvió %1 bytes para %2 repeticiones.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcrunner.cpp" line="-290" />
        <source>The device reset: its executor is gone and will be created again by the next request.</source>
        <translation>El dispositivo se reinició: su ejecutor ha desaparecido y la próxima petición lo volverá a crear.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The device restarted: its executor is gone and will be created again.</source>
        <translation>El dispositivo se reinició: su ejecutor ha desaparecido y se volverá a crear.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>microTVM RPC, %1</source>
        <translation>microTVM RPC, %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(no link)</source>
        <translation>(sin conexión)</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The device is busy with another request.</source>
        <translation>El dispositivo está ocupado con otra petición.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for it to finish or cancel it.</source>
        <translation>Espere a que termine o cancélela.</translation>
    </message>
    <message>
        <location line="+82" />
        <source>The number of runs must be 1 to %1, not %2.</source>
        <translation>El número de ejecuciones debe estar entre 1 y %1, no %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model takes %1 inputs, but %2 were given.</source>
        <translation>El modelo acepta %1 entradas, pero se han proporcionado %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Input '%1' needs %2 bytes, but %3 were given.</source>
        <translation>La entrada '%1' necesita %2 bytes, pero se han proporcionado %3.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Per-operator times need a graph-executor model; this one uses the AOT executor.</source>
        <translation>Los tiempos por operador requieren un modelo con ejecutor de grafo; este usa el ejecutor AOT.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the model with the graph executor to profile it.</source>
        <translation>Exporte el modelo con el ejecutor de grafo para analizar su rendimiento.</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcsession.cpp" line="+108" />
        <source>The device did not answer the microTVM session start within %1 ms.</source>
        <translation>El dispositivo no respondió al inicio de la sesión microTVM en %1 ms.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check that the board runs host-driven (microTVM RPC) firmware and is not stuck: reset it or flash it again, then retry.</source>
        <translation>Compruebe que la placa ejecuta un firmware controlado por el host (microTVM RPC) y que no está bloqueada: reiníciela o vuelva a grabarla y después inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The link is gone.</source>
        <translation>Se ha perdido la conexión.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No microTVM session is established.</source>
        <translation>No hay ninguna sesión microTVM establecida.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not write to the device.</source>
        <translation>No se pudo escribir en el dispositivo.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf</name>
    <message>
        <source>%1 is %2 bytes long, more than the %3 bytes accepted.</source>
        <translation type="vanished">%1 ocupa %2 bytes, más que los %3 bytes admitidos.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/metadataparser.cpp" line="+537" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="+114" />
        <source>The archive is probably damaged or not a Model Library Format archive.</source>
        <translation>Probablemente el archivo está dañado o no es un archivo en Model Library Format.</translation>
    </message>
    <message>
        <source>%1 nests objects and arrays more than %2 levels deep (line %3, column %4).</source>
        <translation type="vanished">%1 anida objetos y matrices más de %2 niveles (línea %3, columna %4).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is not metadata written by TVM.</source>
        <translation>El archivo no contiene metadatos escritos por TVM.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="vanished">el archivo está vacío</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at line %2, column %3: %4.</source>
        <translation type="vanished">%1 no es JSON válido en la línea %2, columna %3: %4.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="+2" />
        <source>The archive may be truncated or the file was edited by hand; export the model again.</source>
        <translation>Puede que el archivo esté truncado o se editara a mano; vuelva a exportar el modelo.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation type="vanished">%1 no es JSON válido.</translation>
    </message>
    <message>
        <source>null</source>
        <translation type="vanished">null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="vanished">un booleano</translation>
    </message>
    <message>
        <location line="-450" />
        <location line="+413" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-53" />
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation type="vanished">un número con decimales</translation>
    </message>
    <message>
        <location line="-400" />
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="+28" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-9" />
        <location line="+90" />
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+424" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-90" />
        <location line="+70" />
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="vanished">un valor desconocido</translation>
    </message>
    <message>
        <location line="-502" />
        <source>The top level of %1</source>
        <translation>El nivel superior de %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field "%1"</source>
        <translation>El campo «%1»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 should be %2 but is %3.</source>
        <translation>%1 debería ser %2, pero es %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+9" />
        <source>The metadata does not follow the Model Library Format; export the model again with TVM.</source>
        <translation>Los metadatos no siguen el Model Library Format; vuelva a exportar el modelo con TVM.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Required field "%1" is missing.</source>
        <translation>Falta el campo obligatorio «%1».</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+457" />
        <source>The metadata is damaged; export the model again with TVM.</source>
        <translation>Los metadatos están dañados; vuelva a exportar el modelo con TVM.</translation>
    </message>
    <message>
        <location line="-441" />
        <source>Field "%1" is too large (%2).</source>
        <translation>El campo «%1» es demasiado grande (%2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Field "%1" is %2, but a size cannot be negative.</source>
        <translation>El campo «%1» vale %2, pero un tamaño no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>an array of strings</source>
        <translation>una matriz de cadenas</translation>
    </message>
    <message>
        <location line="+327" />
        <source>an object or an array of strings</source>
        <translation>un objeto o una matriz de cadenas</translation>
    </message>
    <message>
        <location line="+26" />
        <source>an object or an array</source>
        <translation>un objeto o una matriz</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The metadata has no "version" field.</source>
        <translation>Los metadatos no tienen el campo «version».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is not the metadata.json of a Model Library Format archive.</source>
        <translation>Este no es el metadata.json de un archivo en Model Library Format.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Model Library Format version %1 is not supported; supported versions are %2 to %3.</source>
        <translation>La versión %1 de Model Library Format no es compatible; las versiones compatibles son de la %2 a la %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The archive was written by a newer TVM; update TinyDeploy or export with TVM 0.18 or older.</source>
        <translation>El archivo lo escribió un TVM más reciente; actualice TinyDeploy o exporte con TVM 0.18 o anterior.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Model Library Format version %1 does not exist; supported versions are %2 to %3.</source>
        <translation>La versión %1 de Model Library Format no existe; las versiones compatibles son de la %2 a la %3.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The metadata lists no modules.</source>
        <translation>Los metadatos no enumeran ningún módulo.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/relayparser.cpp" line="+44" />
        <source>The Relay text has no main function ("def @main").</source>
        <translation>El texto Relay no tiene función main («def @main»).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Input shapes cannot be read from this file.</source>
        <translation>Las formas de las entradas no se pueden leer de este archivo.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the text ends before the body of main</source>
        <translation>el texto termina antes del cuerpo de main</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected '{' after the signature of main</source>
        <translation>se esperaba «{» tras la firma de main</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The signature of the Relay main function cannot be read: %1 (byte %2).</source>
        <translation>No se puede leer la firma de la función main de Relay: %1 (byte %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tensor shapes will be taken from other files of the archive.</source>
        <translation>Las formas de los tensores se tomarán de otros archivos del archivo comprimido.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the text ends inside the signature of main</source>
        <translation>el texto termina dentro de la firma de main</translation>
    </message>
    <message>
        <location line="+115" />
        <source>expected '=' after attribute %1</source>
        <translation>se esperaba «=» tras el atributo %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unexpected character '%1' in the parameter list</source>
        <translation>carácter inesperado «%1» en la lista de parámetros</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected ',' or ')' in the parameter list</source>
        <translation>se esperaba «,» o «)» en la lista de parámetros</translation>
    </message>
    <message>
        <location line="+33" />
        <source>a parameter has no name</source>
        <translation>un parámetro no tiene nombre</translation>
    </message>
    <message>
        <location line="+33" />
        <source>output_tensor_names is not a list of strings</source>
        <translation>output_tensor_names no es una lista de cadenas</translation>
    </message>
    <message>
        <location line="+57" />
        <source>a dimension is too large</source>
        <translation>una dimensión es demasiado grande</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected character '%1' in a shape</source>
        <translation>carácter inesperado «%1» en una forma</translation>
    </message>
    <message>
        <location line="+14" />
        <source>expected ',' or ')' in a shape</source>
        <translation>se esperaba «,» o «)» en una forma</translation>
    </message>
    <message>
        <location line="+8" />
        <source>types are nested too deeply</source>
        <translation>los tipos están anidados demasiado</translation>
    </message>
    <message>
        <location line="+20" />
        <source>expected ',' or ')' in a tuple type</source>
        <translation>se esperaba «,» o «)» en un tipo tupla</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unexpected character '%1' in a type</source>
        <translation>carácter inesperado «%1» en un tipo</translation>
    </message>
    <message>
        <location line="+15" />
        <source>expected ']' after the dtype of a tensor type</source>
        <translation>se esperaba «]» tras el tipo de datos de un tipo tensor</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/headerparser.cpp" line="+135" />
        <source>The interface header is %1 bytes long, more than the %2 bytes accepted.</source>
        <translation>La cabecera de interfaz ocupa %1 bytes, más que los %2 bytes admitidos.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The archive is probably damaged.</source>
        <translation>Probablemente el archivo está dañado.</translation>
    </message>
    <message>
        <location line="+104" />
        <source>The header declares nothing for module "%1".</source>
        <translation>La cabecera no declara nada para el módulo «%1».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The header is not the C interface header TVM generates for this module.</source>
        <translation>La cabecera no es la cabecera de interfaz en C que TVM genera para este módulo.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-102" />
        <source>Field "%1" of the graph should be %2 but is %3.</source>
        <translation>El campo «%1» del grafo debería ser %2, pero es %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+8" />
        <location line="+16" />
        <source>The graph JSON is damaged; export the model again.</source>
        <translation>El JSON del grafo está dañado; vuelva a exportar el modelo.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The graph has no "%1" field.</source>
        <translation>El grafo no tiene el campo «%1».</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Index %1 in "%2" is out of range (0 to %3).</source>
        <translation>El índice %1 en «%2» está fuera de rango (0 a %3).</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The file is not a graph written by TVM.</source>
        <translation>El archivo no es un grafo escrito por TVM.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>an array [node, output, version]</source>
        <translation>una matriz [nodo, salida, versión]</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/paramsdecoder.cpp" line="+78" />
        <source>the file header</source>
        <translation>la cabecera del archivo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>name %1 of %2</source>
        <translation>el nombre %1 de %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the array count</source>
        <translation>el número de matrices</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the header of array %1 of %2</source>
        <translation>la cabecera de la matriz %1 de %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the data of array %1 of %2</source>
        <translation>los datos de la matriz %1 de %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The parameters file ends after %1 bytes, inside %2.</source>
        <translation>El archivo de parámetros termina tras %1 bytes, dentro de %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive is truncated or damaged; copy or export it again.</source>
        <translation>El archivo está truncado o dañado; vuelva a copiarlo o a exportarlo.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The parameters file has unexpected bytes after its last array (at byte %1).</source>
        <translation>El archivo de parámetros tiene bytes inesperados tras su última matriz (en el byte %1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive is damaged; export the model again.</source>
        <translation>El archivo está dañado; vuelva a exportar el modelo.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Skipped %1 bytes where %2 could be skipped.</source>
        <translation>Se omitieron %1 bytes donde se podían omitir %2.</translation>
    </message>
    <message>
        <location line="+72" />
        <location line="+70" />
        <source>The parameters file is damaged; export the model again.</source>
        <translation>El archivo de parámetros está dañado; vuelva a exportar el modelo.</translation>
    </message>
    <message>
        <location line="-64" />
        <source>The parameters file is damaged or not a TVM parameters file.</source>
        <translation>El archivo de parámetros está dañado o no es un archivo de parámetros de TVM.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The parameters file does not start with the TVM parameter list magic: expected %1, found %2.</source>
        <translation>El archivo de parámetros no empieza con la firma de una lista de parámetros de TVM: se esperaba %1 y se encontró %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is not a TVM parameters file; export the model again.</source>
        <translation>Este no es un archivo de parámetros de TVM; vuelva a exportar el modelo.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The parameters file declares %1 names, more than the %2 accepted.</source>
        <translation>El archivo de parámetros declara %1 nombres, más que los %2 admitidos.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name %1 of the parameters file is %2 bytes long, more than the %3 accepted.</source>
        <translation>El nombre %1 del archivo de parámetros ocupa %2 bytes, más que los %3 admitidos.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The parameters file has %1 names but %2 arrays.</source>
        <translation>El archivo de parámetros tiene %1 nombres pero %2 matrices.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Array %1 ("%2") of the parameters file does not start with the TVM array magic at byte %3: expected %4, found %5.</source>
        <translation>La matriz %1 («%2») del archivo de parámetros no empieza con la firma de matriz de TVM en el byte %3: se esperaba %4 y se encontró %5.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Array "%1" has %2 dimensions; 0 to %3 are accepted.</source>
        <translation>La matriz «%1» tiene %2 dimensiones; se admiten de 0 a %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Array "%1" has an invalid dtype (code %2, %3 bits, %4 lanes).</source>
        <translation>La matriz «%1» tiene un tipo de datos no válido (código %2, %3 bits, %4 carriles).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Array "%1" has a negative dimension (%2).</source>
        <translation>La matriz «%1» tiene una dimensión negativa (%2).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Array "%1" is larger than %2 bytes.</source>
        <translation>La matriz «%1» supera los %2 bytes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Array "%1" (%2 of shape [%3]) declares %4 data bytes; %5 were expected.</source>
        <translation>La matriz «%1» (%2 de forma [%3]) declara %4 bytes de datos; se esperaban %5.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelinfomerge.cpp" line="+132" />
        <source>Module "%1": %2</source>
        <translation>Módulo «%1»: %2</translation>
    </message>
    <message>
        <location line="+131" />
        <source>Tensor "%1" is %2 bytes according to the metadata, but its shape %3 and dtype %4 (from %5) make %6 bytes.</source>
        <translation>Según los metadatos, el tensor «%1» ocupa %2 bytes, pero su forma %3 y su tipo %4 (de %5) dan %6 bytes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tensor "%1" is %2 bytes according to the metadata, but the header says %3 bytes.</source>
        <translation>Según los metadatos, el tensor «%1» ocupa %2 bytes, pero la cabecera indica %3 bytes.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The inputs of the model could not be determined (no inputs in the metadata, no relay text, graph or header describing them).</source>
        <translation>No se pudieron determinar las entradas del modelo (no hay entradas en los metadatos, ni texto Relay, grafo o cabecera que las describa).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No definition of tvmgen_%1_run was found in the generated C sources; the model cannot be called directly.</source>
        <translation>No se encontró ninguna definición de tvmgen_%1_run en las fuentes C generadas; el modelo no se puede llamar directamente.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The header declares %1, but the generated code defines only %2 (an archive exported by a TVM from late 2021); %2 will be called.</source>
        <translation>La cabecera declara %1, pero el código generado solo define %2 (un archivo exportado por un TVM de finales de 2021); se llamará a %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Module "%1" uses the graph executor, which needs host-driven execution over microTVM RPC; only AOT models run standalone on a device.</source>
        <translation>El módulo «%1» usa el ejecutor de grafo, que necesita una ejecución dirigida por el host mediante microTVM RPC; solo los modelos AOT se ejecutan solos en un dispositivo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The TVM version that exported this archive is unknown (its metadata has no external_dependencies entry).</source>
        <translation>Se desconoce la versión de TVM que exportó este archivo (sus metadatos no tienen entrada external_dependencies).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive has no runtime/ folder (exported before TVM 0.9 or without the CRT runtime); the template must provide the TVM C runtime.</source>
        <translation>El archivo no tiene carpeta runtime/ (exportado antes de TVM 0.9 o sin el runtime CRT); la plantilla debe aportar el runtime de C de TVM.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive.cpp" line="+66" />
        <source>This is not a tar archive.</source>
        <translation>No es un archivo tar.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a Model Library Format archive (.tar, .tar.gz, .tar.xz or .tar.zst) or its extracted folder, as written by TVM's export_model_library_format or tvmc compile.</source>
        <translation>Elija un archivo en Model Library Format (.tar, .tar.gz, .tar.xz o .tar.zst) o su carpeta extraída, tal como los escriben export_model_library_format de TVM o tvmc compile.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The archive is truncated: it ends in the middle of a member.</source>
        <translation>El archivo está truncado: termina a mitad de un elemento.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+85" />
        <location line="+34" />
        <source>The file was probably not copied or downloaded completely; get it again.</source>
        <translation>Probablemente el archivo no se copió o descargó por completo; vuelva a obtenerlo.</translation>
    </message>
    <message>
        <location line="-117" />
        <source>The archive is damaged and cannot be read.</source>
        <translation>El archivo está dañado y no se puede leer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get the archive again or export it again with TVM.</source>
        <translation>Vuelva a obtener el archivo o expórtelo de nuevo con TVM.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive_p.h" line="+79" />
        <source>Reading the archive was cancelled.</source>
        <translation>Se canceló la lectura del archivo.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive.cpp" line="+11" />
        <location filename="../src/core/mlf/extractsafely.cpp" line="+232" />
        <source>Out of memory.</source>
        <translation>Memoria insuficiente.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>This archive uses an unsupported compression.</source>
        <translation>Este archivo usa una compresión no compatible.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The archive is truncated: it ends inside the header of its first member.</source>
        <translation>El archivo de modelo está truncado: termina dentro de la cabecera de su primer miembro.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The archive could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The archive is truncated: it does not end with the end-of-archive marker of a tar file.</source>
        <translation>El archivo está truncado: no termina con la marca de fin de un archivo tar.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The folder has more than %1 files.</source>
        <translation>La carpeta tiene más de %1 archivos.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchivemembers.cpp" line="+91" />
        <source>A member name is longer than %1 bytes.</source>
        <translation>Un nombre de elemento supera los %1 bytes.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The member name is not valid UTF-8.</source>
        <translation>El nombre del elemento no es UTF-8 válido.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TVM writes UTF-8 names only; this archive was altered by another tool. Rename the file and pack the archive again.</source>
        <translation>TVM solo escribe nombres en UTF-8; otra herramienta modificó este archivo. Cambie el nombre del archivo y vuelva a empaquetar.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The member name contains control characters.</source>
        <translation>El nombre del elemento contiene caracteres de control.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The member has an absolute path; extracting it would write outside the target folder.</source>
        <translation>El elemento tiene una ruta absoluta; extraerlo escribiría fuera de la carpeta de destino.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <location filename="../src/core/mlf/extractsafely.cpp" line="-122" />
        <source>Do not use this archive; it may have been crafted to overwrite files.</source>
        <translation>No use este archivo; puede haberse preparado para sobrescribir archivos.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>The member name contains ".."; extracting it would write outside the target folder.</source>
        <translation>El nombre del elemento contiene «..»; extraerlo escribiría fuera de la carpeta de destino.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The member is a device node, FIFO or socket, which a model archive never contains.</source>
        <translation>El elemento es un dispositivo, FIFO o socket, algo que un archivo de modelo nunca contiene.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../src/core/mlf/extractsafely.cpp" line="+23" />
        <source>Do not use this archive.</source>
        <translation>No use este archivo.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The member would be written through the symbolic link "%1" of the same archive.</source>
        <translation>El elemento se escribiría a través del enlace simbólico «%1» del mismo archivo.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+22" />
        <location line="+14" />
        <source>Do not use this archive; it may have been crafted to write outside its folder.</source>
        <translation>No use este archivo; puede haberse preparado para escribir fuera de su carpeta.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>The link target is not valid UTF-8.</source>
        <translation>El destino del enlace no es UTF-8 válido.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The symbolic link points outside the archive (to "%1").</source>
        <translation>El enlace simbólico apunta fuera del archivo (a «%1»).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The hard link points to "%1", which is not an earlier file of the archive.</source>
        <translation>El enlace duro apunta a «%1», que no es un archivo anterior del archivo comprimido.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The archive contains "%1" twice.</source>
        <translation>El archivo contiene «%1» dos veces.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tools disagree on which copy wins; pack the archive again with each file once.</source>
        <translation>Las herramientas no coinciden en qué copia prevalece; vuelva a empaquetar con cada archivo una sola vez.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The archive has more than %1 members.</source>
        <translation>El archivo tiene más de %1 elementos.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The member has a negative size.</source>
        <translation>El elemento tiene un tamaño negativo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The archive unpacks to more than %1 MiB (the member declares %2 bytes).</source>
        <translation>El archivo se descomprime en más de %1 MiB (el elemento declara %2 bytes).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is far larger than any model; the archive may be a decompression bomb.</source>
        <translation>Es mucho más grande que cualquier modelo; el archivo puede ser una bomba de descompresión.</translation>
    </message>
    <message>
        <location line="+136" />
        <location line="+10" />
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive.cpp" line="+49" />
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the path.</source>
        <translation>Compruebe la ruta.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This is not a regular file.</source>
        <translation>No es un archivo normal.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a model archive or its extracted folder.</source>
        <translation>Elija un archivo de modelo o su carpeta extraída.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+16" />
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The export or the download probably failed; get the archive again.</source>
        <translation>Probablemente falló la exportación o la descarga; vuelva a obtener el archivo.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchivemembers.cpp" line="+16" />
        <source>The archive is not open.</source>
        <translation>El archivo no está abierto.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+11" />
        <source>No member to read.</source>
        <translation>No hay ningún elemento que leer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The member is %1 bytes; at most %2 bytes are read.</source>
        <translation>El elemento ocupa %1 bytes; se leen como máximo %2 bytes.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The member is larger than %1 bytes.</source>
        <translation>El elemento supera los %1 bytes.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The archive has no member "%1".</source>
        <translation>El archivo no tiene el elemento «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchivesummary.cpp" line="+80" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+112" />
        <source>metadata.json is %1 bytes; at most %2 bytes are accepted.</source>
        <translation>metadata.json ocupa %1 bytes; se admiten como máximo %2 bytes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Real metadata is a few KiB; this archive is damaged or hostile.</source>
        <translation>Los metadatos reales ocupan pocos KiB; este archivo está dañado o es malicioso.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The header is larger than %1 bytes and was not read.</source>
        <translation>La cabecera supera los %1 bytes y no se leyó.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The graph JSON is larger than %1 bytes and was not read.</source>
        <translation>El JSON del grafo supera los %1 bytes y no se leyó.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Every Model Library Format archive has metadata.json at its top level; export the model again with TVM (tvm.micro.export_model_library_format or tvmc compile --output-format mlf).</source>
        <translation>Todo archivo en Model Library Format tiene metadata.json en su nivel superior; vuelva a exportar el modelo con TVM (tvm.micro.export_model_library_format o tvmc compile --output-format mlf).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Found %1: the archive has an extra top folder. Pack the contents of that folder instead.</source>
        <translation>Se encontró %1: el archivo tiene una carpeta superior de más. Empaquete en su lugar el contenido de esa carpeta.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The archive has no metadata.json, so it is not a Model Library Format archive.</source>
        <translation>El archivo no tiene metadata.json, así que no es un archivo en Model Library Format.</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/extractsafely.cpp" line="-34" />
        <source>The member could not be written.</source>
        <translation>No se pudo escribir el elemento.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and the permissions of the target folder.</source>
        <translation>Compruebe el espacio libre y los permisos de la carpeta de destino.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+50" />
        <source>The member would be written outside the target folder.</source>
        <translation>El elemento se escribiría fuera de la carpeta de destino.</translation>
    </message>
    <message>
        <location line="-30" />
        <source>The member would be written through "%1", which is not a folder.</source>
        <translation>El elemento se escribiría a través de «%1», que no es una carpeta.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>The member holds more data than it declares.</source>
        <translation>El elemento contiene más datos de los que declara.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+31" />
        <source>Extraction was cancelled.</source>
        <translation>Se canceló la extracción.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The extracted files could not be finished: %1</source>
        <translation>No se pudieron terminar los archivos extraídos: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The target must name a new folder.</source>
        <translation>El destino debe ser una carpeta nueva.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The target folder already exists.</source>
        <translation>La carpeta de destino ya existe.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a new folder name or remove the existing folder.</source>
        <translation>Elija un nombre de carpeta nuevo o elimine la carpeta existente.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The folder that should contain the target does not exist.</source>
        <translation>La carpeta que debe contener el destino no existe.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create it first.</source>
        <translation>Créela primero.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A temporary folder could not be created beside the target: %1</source>
        <translation>No se pudo crear una carpeta temporal junto al destino: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the permissions of the folder.</source>
        <translation>Compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The extracted folder could not be moved into place: %1</source>
        <translation>No se pudo mover la carpeta extraída a su sitio: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program may have created the target meanwhile.</source>
        <translation>Puede que otro programa haya creado el destino mientras tanto.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf::Extractor</name>
    <message>
        <source>The member could not be written.</source>
        <translation type="vanished">No se pudo escribir el elemento.</translation>
    </message>
    <message>
        <source>Check the free space and the permissions of the target folder.</source>
        <translation type="vanished">Compruebe el espacio libre y los permisos de la carpeta de destino.</translation>
    </message>
    <message>
        <source>The member would be written outside the target folder.</source>
        <translation type="vanished">El elemento se escribiría fuera de la carpeta de destino.</translation>
    </message>
    <message>
        <source>Do not use this archive; it may have been crafted to overwrite files.</source>
        <translation type="vanished">No use este archivo; puede haberse preparado para sobrescribir archivos.</translation>
    </message>
    <message>
        <source>The member would be written through "%1", which is not a folder.</source>
        <translation type="vanished">El elemento se escribiría a través de «%1», que no es una carpeta.</translation>
    </message>
    <message>
        <source>Do not use this archive.</source>
        <translation type="vanished">No use este archivo.</translation>
    </message>
    <message>
        <source>The member holds more data than it declares.</source>
        <translation type="vanished">El elemento contiene más datos de los que declara.</translation>
    </message>
    <message>
        <source>Extraction was cancelled.</source>
        <translation type="vanished">Se canceló la extracción.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="vanished">Memoria insuficiente.</translation>
    </message>
    <message>
        <source>The extracted files could not be finished: %1</source>
        <translation type="vanished">No se pudieron terminar los archivos extraídos: %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf::ModelArchive</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="vanished">El archivo no existe.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="vanished">Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="vanished">No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="vanished">No es un archivo normal.</translation>
    </message>
    <message>
        <source>Choose a model archive or its extracted folder.</source>
        <translation type="vanished">Elija un archivo de modelo o su carpeta extraída.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="vanished">El archivo está vacío.</translation>
    </message>
    <message>
        <source>The export or the download probably failed; get the archive again.</source>
        <translation type="vanished">Probablemente falló la exportación o la descarga; vuelva a obtener el archivo.</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation type="vanished">El archivo no está abierto.</translation>
    </message>
    <message>
        <source>No member to read.</source>
        <translation type="vanished">No hay ningún elemento que leer.</translation>
    </message>
    <message>
        <source>The member is %1 bytes; at most %2 bytes are read.</source>
        <translation type="vanished">El elemento ocupa %1 bytes; se leen como máximo %2 bytes.</translation>
    </message>
    <message>
        <source>The member is larger than %1 bytes.</source>
        <translation type="vanished">El elemento supera los %1 bytes.</translation>
    </message>
    <message>
        <source>The archive has no member "%1".</source>
        <translation type="vanished">El archivo no tiene el elemento «%1».</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf::ModelArchive::Private</name>
    <message>
        <source>This is not a tar archive.</source>
        <translation type="vanished">No es un archivo tar.</translation>
    </message>
    <message>
        <source>Choose a Model Library Format archive (.tar, .tar.gz, .tar.xz or .tar.zst) or its extracted folder, as written by TVM's export_model_library_format or tvmc compile.</source>
        <translation type="vanished">Elija un archivo en Model Library Format (.tar, .tar.gz, .tar.xz o .tar.zst) o su carpeta extraída, tal como los escriben export_model_library_format de TVM o tvmc compile.</translation>
    </message>
    <message>
        <source>The archive is truncated: it ends in the middle of a member.</source>
        <translation type="vanished">El archivo está truncado: termina a mitad de un elemento.</translation>
    </message>
    <message>
        <source>The file was probably not copied or downloaded completely; get it again.</source>
        <translation type="vanished">Probablemente el archivo no se copió o descargó por completo; vuelva a obtenerlo.</translation>
    </message>
    <message>
        <source>The archive is damaged and cannot be read.</source>
        <translation type="vanished">El archivo está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>Get the archive again or export it again with TVM.</source>
        <translation type="vanished">Vuelva a obtener el archivo o expórtelo de nuevo con TVM.</translation>
    </message>
    <message>
        <source>Reading the archive was cancelled.</source>
        <translation type="vanished">Se canceló la lectura del archivo.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="vanished">Memoria insuficiente.</translation>
    </message>
    <message>
        <source>This archive uses an unsupported compression.</source>
        <translation type="vanished">Este archivo usa una compresión no compatible.</translation>
    </message>
    <message>
        <source>The archive could not be read.</source>
        <translation type="vanished">No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>The archive is truncated: it does not end with the end-of-archive marker of a tar file.</source>
        <translation type="vanished">El archivo está truncado: no termina con la marca de fin de un archivo tar.</translation>
    </message>
    <message>
        <source>The folder has more than %1 files.</source>
        <translation type="vanished">La carpeta tiene más de %1 archivos.</translation>
    </message>
    <message>
        <source>A member name is longer than %1 bytes.</source>
        <translation type="vanished">Un nombre de elemento supera los %1 bytes.</translation>
    </message>
    <message>
        <source>The member name is not valid UTF-8.</source>
        <translation type="vanished">El nombre del elemento no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>TVM writes UTF-8 names only; this archive was altered by another tool. Rename the file and pack the archive again.</source>
        <translation type="vanished">TVM solo escribe nombres en UTF-8; otra herramienta modificó este archivo. Cambie el nombre del archivo y vuelva a empaquetar.</translation>
    </message>
    <message>
        <source>The member name contains control characters.</source>
        <translation type="vanished">El nombre del elemento contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The member has an absolute path; extracting it would write outside the target folder.</source>
        <translation type="vanished">El elemento tiene una ruta absoluta; extraerlo escribiría fuera de la carpeta de destino.</translation>
    </message>
    <message>
        <source>Do not use this archive; it may have been crafted to overwrite files.</source>
        <translation type="vanished">No use este archivo; puede haberse preparado para sobrescribir archivos.</translation>
    </message>
    <message>
        <source>The member name contains ".."; extracting it would write outside the target folder.</source>
        <translation type="vanished">El nombre del elemento contiene «..»; extraerlo escribiría fuera de la carpeta de destino.</translation>
    </message>
    <message>
        <source>The member is a device node, FIFO or socket, which a model archive never contains.</source>
        <translation type="vanished">El elemento es un dispositivo, FIFO o socket, algo que un archivo de modelo nunca contiene.</translation>
    </message>
    <message>
        <source>Do not use this archive.</source>
        <translation type="vanished">No use este archivo.</translation>
    </message>
    <message>
        <source>The member would be written through the symbolic link "%1" of the same archive.</source>
        <translation type="vanished">El elemento se escribiría a través del enlace simbólico «%1» del mismo archivo.</translation>
    </message>
    <message>
        <source>Do not use this archive; it may have been crafted to write outside its folder.</source>
        <translation type="vanished">No use este archivo; puede haberse preparado para escribir fuera de su carpeta.</translation>
    </message>
    <message>
        <source>The link target is not valid UTF-8.</source>
        <translation type="vanished">El destino del enlace no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>The symbolic link points outside the archive (to "%1").</source>
        <translation type="vanished">El enlace simbólico apunta fuera del archivo (a «%1»).</translation>
    </message>
    <message>
        <source>The hard link points to "%1", which is not an earlier file of the archive.</source>
        <translation type="vanished">El enlace duro apunta a «%1», que no es un archivo anterior del archivo comprimido.</translation>
    </message>
    <message>
        <source>The archive contains "%1" twice.</source>
        <translation type="vanished">El archivo contiene «%1» dos veces.</translation>
    </message>
    <message>
        <source>Tools disagree on which copy wins; pack the archive again with each file once.</source>
        <translation type="vanished">Las herramientas no coinciden en qué copia prevalece; vuelva a empaquetar con cada archivo una sola vez.</translation>
    </message>
    <message>
        <source>The archive has more than %1 members.</source>
        <translation type="vanished">El archivo tiene más de %1 elementos.</translation>
    </message>
    <message>
        <source>The member has a negative size.</source>
        <translation type="vanished">El elemento tiene un tamaño negativo.</translation>
    </message>
    <message>
        <source>The archive unpacks to more than %1 MiB (the member declares %2 bytes).</source>
        <translation type="vanished">El archivo se descomprime en más de %1 MiB (el elemento declara %2 bytes).</translation>
    </message>
    <message>
        <source>This is far larger than any model; the archive may be a decompression bomb.</source>
        <translation type="vanished">Es mucho más grande que cualquier modelo; el archivo puede ser una bomba de descompresión.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="vanished">No se pudo leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Package</name>
    <message>
        <location filename="../src/core/package/packagemanifest.cpp" line="+31" />
        <location filename="../src/core/package/flashrecipe.cpp" line="+77" />
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="+16" />
        <location filename="../src/core/package/flashrecipe.cpp" line="-6" />
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must be a relative path inside the package</source>
        <translation>debe ser una ruta relativa dentro del paquete</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The package's manifest is malformed: %1 %2.</source>
        <translation>El manifiesto del paquete está mal formado: %1 %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the package again with tinydeploy-cli package (or Export Deployment Package in the GUI).</source>
        <translation>Vuelva a crear el paquete con tinydeploy-cli package (o con Exportar paquete de despliegue en la interfaz gráfica).</translation>
    </message>
    <message>
        <location line="+93" />
        <source>The package's manifest is larger than %1 MiB: this is not a deployment package.</source>
        <translation>El manifiesto del paquete ocupa más de %1 MiB: esto no es un paquete de despliegue.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The package's manifest is not a JSON object.</source>
        <translation>El manifiesto del paquete no es un objeto JSON.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is damaged or not a deployment package: make the package again.</source>
        <translation>El archivo está dañado o no es un paquete de despliegue: vuelva a crear el paquete.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The package's manifest has no package_format: this is not a deployment package.</source>
        <translation>El manifiesto del paquete no tiene package_format: esto no es un paquete de despliegue.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The package has format version %1; this TinyDeploy reads version %2.</source>
        <translation>El paquete tiene la versión de formato %1; este TinyDeploy lee la versión %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Update TinyDeploy to open it.</source>
        <translation>Actualice TinyDeploy para abrirlo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the package again with this TinyDeploy.</source>
        <translation>Vuelva a crear el paquete con este TinyDeploy.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be an ISO 8601 time</source>
        <translation>debe ser una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <location line="+44" />
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
    <message>
        <location line="+13" />
        <source>must be 64 lowercase hex digits</source>
        <translation>debe tener 64 dígitos hexadecimales en minúsculas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be a byte count</source>
        <translation>debe ser un número de bytes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>names a member twice</source>
        <translation>nombra dos veces un miembro</translation>
    </message>
    <message>
        <location line="+15" />
        <source>names %1, which is not among the members</source>
        <translation>nombra %1, que no está entre los miembros</translation>
    </message>
    <message>
        <location filename="../src/core/package/flashrecipe.cpp" line="-53" />
        <source>The flash recipe is not usable: %1 %2.</source>
        <translation>La receta de grabación no se puede usar: %1 %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build the project again with this TinyDeploy, then make the package again.</source>
        <translation>Vuelva a compilar el proyecto con este TinyDeploy y vuelva a crear el paquete.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>is larger than 1 MiB</source>
        <translation>ocupa más de 1 MiB</translation>
    </message>
    <message>
        <location line="+4" />
        <source>is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+7" />
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The flash recipe has format version %1; this TinyDeploy reads version %2.</source>
        <translation>La receta de grabación tiene la versión de formato %1; este TinyDeploy lee la versión %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Use the TinyDeploy that made the package, or make it again.</source>
        <translation>Use el TinyDeploy que creó el paquete o vuelva a crearlo.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>must name at least one file</source>
        <translation>debe nombrar al menos un archivo</translation>
    </message>
    <message>
        <location line="+11" />
        <source>is not a known kind of file</source>
        <translation>no es un tipo de archivo conocido</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be a relative path inside the project</source>
        <translation>debe ser una ruta relativa dentro del proyecto</translation>
    </message>
    <message>
        <location filename="../src/core/package/packagewriter.cpp" line="+73" />
        <source>The file is too large for a deployment package.</source>
        <translation>El archivo es demasiado grande para un paquete de despliegue.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot read a file of the package.</source>
        <translation>No se puede leer un archivo del paquete.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the project is built and readable.</source>
        <translation>Compruebe que el proyecto está compilado y se puede leer.</translation>
    </message>
    <message>
        <location line="+169" />
        <source>Cannot write the deployment package.</source>
        <translation>No se puede escribir el paquete de despliegue.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and the permissions of the folder.</source>
        <translation>Compruebe el espacio libre y los permisos de la carpeta.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The project folder does not exist.</source>
        <translation>La carpeta del proyecto no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the folder of a generated and built project.</source>
        <translation>Indique la carpeta de un proyecto generado y compilado.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The project cannot be packaged: its template does not describe how to flash without it.</source>
        <translation>No se puede empaquetar el proyecto: su plantilla no describe cómo grabarlo sin ella.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deployment packages need a project of TinyDeploy's own templates (host, qemu-cortex-m, stm32, microbit); flash this one with tinydeploy-cli flash.</source>
        <translation>Los paquetes de despliegue necesitan un proyecto de las plantillas propias de TinyDeploy (host, qemu-cortex-m, stm32, microbit); grabe este con tinydeploy-cli flash.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The project is not built (or was built before TinyDeploy wrote flash recipes).</source>
        <translation>El proyecto no está compilado (o se compiló antes de que TinyDeploy escribiera recetas de grabación).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build it (tinydeploy-cli build PROJECT), then make the package.</source>
        <translation>Compílelo (tinydeploy-cli build PROJECT) y después cree el paquete.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot read the project's flash recipe.</source>
        <translation>No se puede leer la receta de grabación del proyecto.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The built firmware named by the flash recipe is missing.</source>
        <translation>Falta el firmware compilado que indica la receta de grabación.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build the project again, then make the package.</source>
        <translation>Vuelva a compilar el proyecto y después cree el paquete.</translation>
    </message>
    <message>
        <location filename="../src/core/package/packagereader.cpp" line="+27" />
        <source>Do not flash it: ask for the package again, or make it again from the built project.</source>
        <translation>No lo grabe: pida el paquete de nuevo o vuelva a crearlo a partir del proyecto compilado.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The deployment package does not exist or is not a file.</source>
        <translation>El paquete de despliegue no existe o no es un archivo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the path of a .tdpkg file.</source>
        <translation>Indique la ruta de un archivo .tdpkg.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file is not a deployment package (not a tar archive).</source>
        <translation>El archivo no es un paquete de despliegue (no es un archivo tar).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The file is not a deployment package: its first member is not manifest.json.</source>
        <translation>El archivo no es un paquete de despliegue: su primer miembro no es manifest.json.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Make packages with tinydeploy-cli package or the GUI's Export Deployment Package.</source>
        <translation>Cree los paquetes con tinydeploy-cli package o con Exportar paquete de despliegue de la interfaz gráfica.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The package holds a link; deployment packages hold only files.</source>
        <translation>El paquete contiene un enlace; los paquetes de despliegue solo contienen archivos.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The package was changed after it was written: it holds %1, which its manifest does not list.</source>
        <translation>El paquete se modificó después de escribirse: contiene %1, que su manifiesto no incluye.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The package was changed after it was written: %1 has %2 bytes, its manifest recorded %3.</source>
        <translation>El paquete se modificó después de escribirse: %1 tiene %2 bytes y su manifiesto registró %3.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The package was changed after it was written: %1, which its manifest lists, is missing.</source>
        <translation>El paquete se modificó después de escribirse: falta %1, que figura en su manifiesto.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The package was changed after it was written: the contents of %1 differ from what its manifest recorded (SHA-256 %2, expected %3).</source>
        <translation>El paquete se modificó después de escribirse: el contenido de %1 difiere del registrado en su manifiesto (SHA-256 %2, se esperaba %3).</translation>
    </message>
    <message>
        <location filename="../src/core/package/recipeflasher.cpp" line="+45" />
        <source>TinyDeploy's flashing library (firmware_templates/common/tdserver) is not installed beside the program.</source>
        <translation>La biblioteca de grabación de TinyDeploy (firmware_templates/common/tdserver) no está instalada junto al programa.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reinstall TinyDeploy: flashing a package needs its share folder.</source>
        <translation>Reinstale TinyDeploy: para grabar un paquete hace falta su carpeta share.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Looked in: %1</source>
        <translation>Se buscó en: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no bundled folder)</source>
        <translation>(no hay carpeta incluida)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>A flash is already in progress.</source>
        <translation>Ya hay una grabación en curso.</translation>
    </message>
    <message>
        <location line="+121" />
        <source>Command: %1
Exit status %2
Last lines of output:
%3</source>
        <translation>Comando: %1
Estado de salida %2
Últimas líneas de la salida:
%3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The flash was cancelled.</source>
        <translation>La grabación se canceló.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The flashing library could not be started: %1</source>
        <translation>No se pudo iniciar la biblioteca de grabación: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The flashing library ended without saying why (exit status %1).</source>
        <translation>La biblioteca de grabación terminó sin indicar el motivo (estado de salida %1).</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Plugin</name>
    <message>
        <location filename="../src/core/plugin/plugininfo.cpp" line="+10" />
        <source>not loaded yet</source>
        <translation>aún no cargado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>loaded</source>
        <translation>cargado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>incompatible</source>
        <translation>incompatible</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not used (an earlier copy was loaded)</source>
        <translation>no usado (se cargó una copia anterior)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../src/core/plugin/pluginmanager.cpp" line="+69" />
        <source>%1 (built in)</source>
        <translation>%1 (integrado)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reinstall TinyDeploy, or remove this file from the plugin folder.</source>
        <translation>Reinstale TinyDeploy o quite este archivo de la carpeta de complementos.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Install the plugin that came with this TinyDeploy (%1), or reinstall TinyDeploy.</source>
        <translation>Instale el complemento que vino con este TinyDeploy (%1) o reinstale TinyDeploy.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The plugin does not say which TinyDeploy versions it works with (no "%1" in its metadata).</source>
        <translation>El complemento no indica con qué versiones de TinyDeploy funciona (no hay «%1» en sus metadatos).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plugin's "%1" is not a string.</source>
        <translation>El «%1» del complemento no es una cadena.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The plugin's "%1" is not a version number: "%2".</source>
        <translation>El «%1» del complemento no es un número de versión: «%2».</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The plugin's metadata is inconsistent: compatVersion %1 is newer than version %2.</source>
        <translation>Los metadatos del complemento son incoherentes: compatVersion %1 es más reciente que version %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The plugin is made for TinyDeploy %1; this is TinyDeploy %2.</source>
        <translation>El complemento está hecho para TinyDeploy %1; este es TinyDeploy %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The plugin is made for TinyDeploy %1 to %2; this is TinyDeploy %3.</source>
        <translation>El complemento está hecho para TinyDeploy %1 a %2; este es TinyDeploy %3.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>This file is not a TinyDeploy plugin, or it is damaged.</source>
        <translation>Este archivo no es un complemento de TinyDeploy, o está dañado.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The plugin's metadata names no interface (IID).</source>
        <translation>Los metadatos del complemento no nombran ninguna interfaz (IID).</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The plugin could not be loaded.</source>
        <translation>No se pudo cargar el complemento.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A library it needs may be missing or of another version. Reinstall TinyDeploy.</source>
        <translation>Puede que falte una biblioteca que necesita o que sea de otra versión. Reinstale TinyDeploy.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The plugin declares the interface %1 but its object (%2) does not implement it.</source>
        <translation>El complemento declara la interfaz %1, pero su objeto (%2) no la implementa.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::ProjectApi</name>
    <message>
        <location filename="../src/core/projectapi/base85.cpp" line="+79" />
        <source>Invalid Base85 character 0x%1 at offset %2.</source>
        <translation>Carácter Base85 no válido 0x%1 en la posición %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>The data is not Base85 text as Python's base64.b85encode makes it.</source>
        <translation>Los datos no son texto Base85 como el que genera base64.b85encode de Python.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Base85 overflow in the group starting at offset %1.</source>
        <translation>Desbordamiento de Base85 en el grupo que empieza en la posición %1.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/jsonrpc.cpp" line="+22" />
        <source>... (%1 bytes in total)</source>
        <translation>... (%1 bytes en total)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply line: %1</source>
        <translation>Línea de respuesta: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Project API server sent a malformed reply: %1</source>
        <translation>El servidor de la Project API envió una respuesta mal formada: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template's server does not follow the Project API protocol; check its log output.</source>
        <translation>El servidor de la plantilla no sigue el protocolo de la Project API; revise su salida de registro.</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Server message: %1</source>
        <translation>Mensaje del servidor: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server message: %1

%2</source>
        <translation>Mensaje del servidor: %1

%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The device transport is closed.</source>
        <translation>El transporte al dispositivo está cerrado.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the board is connected and flashed, then open the transport again.</source>
        <translation>Compruebe que la placa está conectada y grabada, y vuelva a abrir el transporte.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device did not answer in time.</source>
        <translation>El dispositivo no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the connection to the board, or allow a longer timeout.</source>
        <translation>Compruebe la conexión con la placa, o permita un tiempo límite mayor.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The template does not support this TVM version.</source>
        <translation>La plantilla no es compatible con esta versión de TVM.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a template made for the TVM version of the model, or a newer template.</source>
        <translation>Use una plantilla hecha para la versión de TVM del modelo, o una plantilla más reciente.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The Project API server failed: %1</source>
        <translation>El servidor de la Project API falló: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the server's log output above the traceback for the cause.</source>
        <translation>La causa está en la salida de registro del servidor, encima del traceback.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server rejected the request as invalid: %1</source>
        <translation>El servidor rechazó la solicitud por no válida: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is a bug in TinyDeploy or the server; the server stops after this error.</source>
        <translation>Es un error de TinyDeploy o del servidor; el servidor se detiene tras este error.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server does not implement this method: %1</source>
        <translation>El servidor no implementa este método: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template may be too old or incomplete for this step.</source>
        <translation>Puede que la plantilla sea demasiado antigua o esté incompleta para este paso.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server rejected the parameters: %1</source>
        <translation>El servidor rechazó los parámetros: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template may expect a different Project API version.</source>
        <translation>Puede que la plantilla espere otra versión de la Project API.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server answered with error %1: %2</source>
        <translation>El servidor respondió con el error %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>not JSON (%1 at offset %2)</source>
        <translation>no es JSON (%1 en la posición %2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"jsonrpc" is not "2.0"</source>
        <translation>«jsonrpc» no es «2.0»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The server answered request %1 with the id %2.</source>
        <translation>El servidor respondió a la solicitud %1 con el identificador %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../src/core/projectapi/projectoption.cpp" line="+19" />
        <source>The template's server does not follow the Project API protocol.</source>
        <translation>El servidor de la plantilla no sigue el protocolo de la Project API.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"error" is not an object</source>
        <translation>«error» no es un objeto</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"error.code" is not an integer</source>
        <translation>«error.code» no es un entero</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"error.message" is not a string</source>
        <translation>«error.message» no es una cadena</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it has neither "result" nor "error"</source>
        <translation>no tiene ni «result» ni «error»</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/lineframer.cpp" line="+17" />
        <source>A line is longer than the limit of %1 bytes.</source>
        <translation>Una línea supera el límite de %1 bytes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The other side sent more data on one line than is plausible; the line was skipped.</source>
        <translation>El otro extremo envió en una línea más datos de lo razonable; se omitió la línea.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line length limit: %1 bytes.</source>
        <translation>Límite de longitud de línea: %1 bytes.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/optionvalues.cpp" line="+19" />
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../src/core/projectapi/projectoption.cpp" line="+194" />
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+5" />
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Option '%1' must be %2; got '%3'.</source>
        <translation>La opción «%1» debe ser %2; se recibió «%3».</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Unknown option '%1'.</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This template declares no options.</source>
        <translation>Esta plantilla no declara opciones.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Known options: %1.</source>
        <translation>Opciones conocidas: %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+9" />
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>true or false (or 1/0, yes/no, on/off)</source>
        <translation>true o false (o 1/0, yes/no, on/off)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Option assignments have the form NAME=VALUE; got '%1'.</source>
        <translation>Las asignaciones de opciones tienen la forma NOMBRE=VALOR; se recibió «%1».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For example: -o workspace_size_bytes=65536</source>
        <translation>Por ejemplo: -o workspace_size_bytes=65536</translation>
    </message>
    <message>
        <location line="+29" />
        <source>a list of strings</source>
        <translation>una lista de cadenas</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Set it with %1=VALUE.</source>
        <translation>Defínala con %1=VALOR.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Allowed values: %1.</source>
        <translation>Valores permitidos: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Option '%1' is required for %2.</source>
        <translation>La opción «%1» es obligatoria para %2.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/projectapiclient.cpp" line="+93" />
        <source>A Project API server is already running for this client.</source>
        <translation>Ya hay un servidor de la Project API en ejecución para este cliente.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The Project API server was stopped.</source>
        <translation>Se detuvo el servidor de la Project API.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>No Project API server has been started.</source>
        <translation>No se ha iniciado ningún servidor de la Project API.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The server's reply is longer than the limit of %1 bytes.</source>
        <translation>La respuesta del servidor supera el límite de %1 bytes.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The Project API server did not answer %1 within %2 s.</source>
        <translation>El servidor de la Project API no respondió a %1 en %2 s.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server was stopped. Check its log output for where it got stuck.</source>
        <translation>Se detuvo el servidor. Su salida de registro muestra dónde se quedó bloqueado.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server seems to wait for an answer to "%1", which it cannot get: a Project API server has no terminal. Set up what it asks for beforehand (for example, the permission it needs), then retry.</source>
        <translation>Parece que el servidor espera una respuesta a "%1", que no puede obtener: un servidor Project API no tiene terminal. Configure de antemano lo que pide (por ejemplo, el permiso que necesita) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not sent: the server did not answer %1 in time.</source>
        <translation>No enviado: el servidor no respondió a %1 a tiempo.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Command: %1</source>
        <translation>Orden: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Working directory: %1</source>
        <translation>Directorio de trabajo: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Server process: %1</source>
        <translation>Proceso del servidor: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server wrote nothing to stderr.</source>
        <translation>El servidor no escribió nada en stderr.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Last %n line(s) of the server's stderr:</source>
        <translation>
            <numerusform>Última %n línea de stderr del servidor:</numerusform>
            <numerusform>Últimas %n líneas de stderr del servidor:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>The Project API server could not be started: %1</source>
        <translation>No se pudo iniciar el servidor de la Project API: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check that the template's launch script or Python interpreter exists and is executable.</source>
        <translation>Compruebe que el script de arranque de la plantilla o el intérprete de Python existe y es ejecutable.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Project API server crashed (%1).</source>
        <translation>El servidor de la Project API se bloqueó (%1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The Project API server exited (%1).</source>
        <translation>El servidor de la Project API terminó (%1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The last lines of its error output below usually say why.</source>
        <translation>Las últimas líneas de su salida de error, más abajo, suelen explicar por qué.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>'%1' is not a valid Project API method name.</source>
        <translation>«%1» no es un nombre de método válido de la Project API.</translation>
    </message>
    <message>
        <location line="+101" />
        <source>The server's answer is malformed: expected a Base85 string.</source>
        <translation>La respuesta del servidor está mal formada: se esperaba una cadena Base85.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/projectoption.cpp" line="-196" />
        <source>The server's answer is malformed: %1.</source>
        <translation>La respuesta del servidor está mal formada: %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>expected %1</source>
        <translation>se esperaba %1</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+180" />
        <location line="+23" />
        <location line="+16" />
        <location line="+36" />
        <location line="+20" />
        <source>the field is missing</source>
        <translation>falta el campo</translation>
    </message>
    <message>
        <location line="-273" />
        <location line="+17" />
        <location line="+108" />
        <location line="+16" />
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="-129" />
        <source>an array of method names or null</source>
        <translation>una matriz de nombres de método o null</translation>
    </message>
    <message>
        <location line="+78" />
        <location line="+81" />
        <location line="+78" />
        <location line="+6" />
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="-148" />
        <source>a string, number or boolean</source>
        <translation>una cadena, número o booleano</translation>
    </message>
    <message>
        <location line="+6" />
        <source>an array or null</source>
        <translation>una matriz o null</translation>
    </message>
    <message>
        <location line="+71" />
        <source>The template's server speaks Project API protocol version %1; TinyDeploy supports version %2.</source>
        <translation>El servidor de la plantilla habla la versión %1 del protocolo de la Project API; TinyDeploy admite la versión %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Use a template written for microTVM's Project API (TVM 0.8 to 0.18).</source>
        <translation>Use una plantilla escrita para la Project API de microTVM (TVM 0.8 a 0.18).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a string or null</source>
        <translation>una cadena o null</translation>
    </message>
    <message>
        <location line="+7" />
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <location line="+56" />
        <source>a number of seconds, 0 or more</source>
        <translation>un número de segundos, 0 o más</translation>
    </message>
    <message>
        <source>TINYDEPLOY_PYTHON is set to '%1', which is not an executable.</source>
        <translation type="vanished">TINYDEPLOY_PYTHON vale «%1», que no es un ejecutable.</translation>
    </message>
    <message>
        <source>Set TINYDEPLOY_PYTHON to a Python 3 interpreter, or unset it to use python3 from PATH.</source>
        <translation type="vanished">Asigne a TINYDEPLOY_PYTHON un intérprete de Python 3, o elimínela para usar python3 del PATH.</translation>
    </message>
    <message>
        <source>No python3 was found on PATH to run the template's server.</source>
        <translation type="vanished">No se encontró python3 en el PATH para ejecutar el servidor de la plantilla.</translation>
    </message>
    <message>
        <source>Install Python 3, or set TINYDEPLOY_PYTHON to an interpreter.</source>
        <translation type="vanished">Instale Python 3, o asigne un intérprete a TINYDEPLOY_PYTHON.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/serverlaunch.cpp" line="+20" />
        <source>not started</source>
        <translation>no iniciado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed to start: %1</source>
        <translation>no pudo iniciarse: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>exit status %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>killed by signal %1</source>
        <translation>terminado por la señal %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>killed by signal %1 (SIG%2)</source>
        <translation>terminado por la señal %1 (SIG%2)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The template or project directory '%1' does not exist.</source>
        <translation>El directorio de plantilla o de proyecto «%1» no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose an existing template or generated project directory.</source>
        <translation>Elija un directorio de plantilla o de proyecto generado existente.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The launch script is not executable.</source>
        <translation>El script de arranque no es ejecutable.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make it executable (chmod +x %1).</source>
        <translation>Hágalo ejecutable (chmod +x %1).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No Project API server found in '%1'.</source>
        <translation>No se encontró ningún servidor de la Project API en «%1».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A template or generated project contains microtvm_api_server.py or launch_microtvm_api_server.sh.</source>
        <translation>Una plantilla o un proyecto generado contiene microtvm_api_server.py o launch_microtvm_api_server.sh.</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/serverprocess.cpp" line="+119" />
        <source>This server process object has already been started.</source>
        <translation>Este objeto de proceso de servidor ya se ha iniciado.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+8" />
        <location line="+20" />
        <source>Could not create a pipe: %1</source>
        <translation>No se pudo crear una tubería: %1</translation>
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
        <translation type="vanished">un booleano</translation>
    </message>
    <message>
        <location filename="../src/core/templates/boardinfo.cpp" line="+91" />
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="vanished">un número decimal</translation>
    </message>
    <message>
        <location line="-35" />
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="+305" />
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <location line="-229" />
        <location line="+131" />
        <location line="+103" />
        <location line="+12" />
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="vanished">un valor desconocido</translation>
    </message>
    <message>
        <location line="-335" />
        <source>Fix the template's boards.json, or tell the template's author.</source>
        <translation>Corrija el boards.json de la plantilla, o avise a su autor.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Expected %1 but found %2.</source>
        <translation>Se esperaba %1, pero se encontró %2.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The number is too large.</source>
        <translation>El número es demasiado grande.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Expected a number (decimal or 0x hexadecimal) but found "%1".</source>
        <translation>Se esperaba un número (decimal o hexadecimal 0x), pero se encontró «%1».</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The value %1 is out of range (%2 to %3).</source>
        <translation>El valor %1 está fuera de rango (%2 a %3).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Expected a 4-digit hexadecimal USB id but found "%1".</source>
        <translation>Se esperaba un identificador USB hexadecimal de 4 dígitos, pero se encontró «%1».</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+21" />
        <location line="+210" />
        <location line="+17" />
        <source>The field is missing.</source>
        <translation>Falta el campo.</translation>
    </message>
    <message>
        <location line="-237" />
        <source>Expected "flash" or "ram" but found "%1".</source>
        <translation>Se esperaba «flash» o «ram», pero se encontró «%1».</translation>
    </message>
    <message>
        <location line="+50" />
        <source>an object or an array</source>
        <translation>un objeto o una matriz</translation>
    </message>
    <message>
        <location line="+44" />
        <location line="+2" />
        <source>The field is missing while %1 is set.</source>
        <translation>Falta el campo aunque %1 está definido.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A board name is empty.</source>
        <translation>Un nombre de placa está vacío.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>true, false, null or the FPU's name</source>
        <translation>true, false, null o el nombre de la FPU</translation>
    </message>
    <message>
        <location line="+84" />
        <location line="+4" />
        <source>an object of boards</source>
        <translation>un objeto de placas</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The file lists no board.</source>
        <translation>El archivo no enumera ninguna placa.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>The file is too large (%1 bytes, at most %2).</source>
        <translation>El archivo es demasiado grande (%1 bytes, como máximo %2).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1).</source>
        <translation type="vanished">El archivo no es JSON válido (en el byte %1).</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation type="vanished">El archivo no es JSON válido.</translation>
    </message>
    <message>
        <source>The file nests deeper than %1 levels.</source>
        <translation type="vanished">El archivo anida más de %1 niveles.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Cannot read the board list.</source>
        <translation>No se puede leer la lista de placas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the file exists and is readable.</source>
        <translation>Compruebe que el archivo existe y se puede leer.</translation>
    </message>
    <message>
        <location filename="../src/core/templates/fitcheck.cpp" line="+39" />
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="+2" />
        <source>constants</source>
        <translation>constantes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>workspace</source>
        <translation>espacio de trabajo</translation>
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
        <translation>Flash: necesita %1; la placa no declara el tamaño de su flash.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>RAM: needs %1; the board does not declare its RAM size.</source>
        <translation>RAM: necesita %1; la placa no declara el tamaño de su RAM.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Flash: %1 of %2 (%3 %), %4 free.</source>
        <translation>Flash: %1 de %2 (%3 %), %4 libres.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>RAM: %1 of %2 (%3 %), %4 free.</source>
        <translation>RAM: %1 de %2 (%3 %), %4 libres.</translation>
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
        <translation>La flash se desborda en %1: %2 &gt; %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RAM overflows by %1: %2 &gt; %3</source>
        <translation>La RAM se desborda en %1: %2 &gt; %3</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The archive states no workspace size: taken as 0.</source>
        <translation>El archivo no indica el tamaño del espacio de trabajo: se toma 0.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The archive states no constants size: taken from the parameters file.</source>
        <translation>El archivo no indica el tamaño de las constantes: se toma del archivo de parámetros.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The archive states no I/O size: taken from the input and output sizes.</source>
        <translation>El archivo no indica el tamaño de E/S: se toma de los tamaños de entradas y salidas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Code size is estimated from the generated C sources (1 byte per %n source bytes).</source>
        <translation>
            <numerusform>El tamaño del código se estima a partir de las fuentes C generadas (1 byte por cada %n byte de fuente).</numerusform>
            <numerusform>El tamaño del código se estima a partir de las fuentes C generadas (1 byte por cada %n bytes de fuente).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>Runtime: %1 of flash and %2 of RAM, as the template states for this board.</source>
        <translation>Entorno de ejecución: %1 de flash y %2 de RAM, según indica la plantilla para esta placa.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Runtime: %1 of flash and %2 of RAM is a guess; the template does not state what its runtime needs.</source>
        <translation>Entorno de ejecución: %1 de flash y %2 de RAM es una suposición; la plantilla no indica lo que necesita su entorno de ejecución.</translation>
    </message>
    <message>
        <source>Install the Python module "%1" for the interpreter that runs the template (TINYDEPLOY_PYTHON, else python3), for example with apt-get install python3-%1.</source>
        <translation type="vanished">Instale el módulo de Python «%1» para el intérprete que ejecuta la plantilla (TINYDEPLOY_PYTHON, si no python3), por ejemplo con apt-get install python3-%1.</translation>
    </message>
    <message>
        <location filename="../src/core/templates/serverfailure.cpp" line="+40" />
        <source>Install the Python module "%1" for the interpreter that runs the template (TINYDEPLOY_PYTHON, else python3), for example with apt-get install %2.</source>
        <translation>Instale el módulo de Python «%1» para el intérprete que ejecuta la plantilla (TINYDEPLOY_PYTHON, si no python3), por ejemplo con apt-get install %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The template's server does not run with this Python version.</source>
        <translation>El servidor de la plantilla no funciona con esta versión de Python.</translation>
    </message>
    <message>
        <location filename="../src/core/templates/templatecache.cpp" line="+134" />
        <source>Cannot create the cache folder.</source>
        <translation>No se puede crear la carpeta de caché.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>Check the permissions of the folder.</source>
        <translation>Compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+11" />
        <source>Cannot write the template cache.</source>
        <translation>No se puede escribir la caché de plantillas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and permissions.</source>
        <translation>Compruebe el espacio libre y los permisos.</translation>
    </message>
    <message>
        <location filename="../src/core/templates/templatecatalog.cpp" line="+183" />
        <source>The template reports an incomplete environment.</source>
        <translation>La plantilla informa de un entorno incompleto.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>This folder was added but not confirmed yet.</source>
        <translation>Esta carpeta se añadió pero aún no se ha confirmado.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirm the folder to let TinyDeploy run its template server.</source>
        <translation>Confirme la carpeta para que TinyDeploy pueda ejecutar el servidor de su plantilla.</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+71" />
        <source>The query was cancelled.</source>
        <translation>Se canceló la consulta.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The answer is not a JSON object.</source>
        <translation>La respuesta no es un objeto JSON.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The template's server did not answer within %n s.</source>
        <translation>
            <numerusform>El servidor de la plantilla no respondió en %n s.</numerusform>
            <numerusform>El servidor de la plantilla no respondió en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run "tinydeploy-cli options %1" to see its log.</source>
        <translation>Ejecute «tinydeploy-cli options %1» para ver su registro.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The folder is a generated project, not a template.</source>
        <translation>La carpeta es un proyecto generado, no una plantilla.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove it from the template folders; use it with "tinydeploy-cli build" instead.</source>
        <translation>Quítela de las carpetas de plantillas; úsela en su lugar con «tinydeploy-cli build».</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Tensor</name>
    <message>
        <location filename="../src/core/tensor/dtype.cpp" line="+31" />
        <source>The data type "%1" is not supported.</source>
        <translation>El tipo de datos «%1» no es compatible.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use one of float16, float32, float64, bfloat16, int8, int16, int32, int64, uint8, uint16, uint32, uint64 or bool.</source>
        <translation>Use float16, float32, float64, bfloat16, int8, int16, int32, int64, uint8, uint16, uint32, uint64 o bool.</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/tensor.cpp" line="+103" />
        <source>Dimension %1 of the shape %2 is negative.</source>
        <translation>La dimensión %1 de la forma %2 es negativa.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+26" />
        <location line="+34" />
        <source>The shape %1 has too many elements.</source>
        <translation>La forma %1 tiene demasiados elementos.</translation>
    </message>
    <message>
        <location line="-41" />
        <source>The tensor has no data type.</source>
        <translation>El tensor no tiene tipo de datos.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A %1 tensor of shape %2 needs %3 bytes, but %4 bytes were given.</source>
        <translation>Un tensor %1 de forma %2 necesita %3 bytes, pero se dieron %4 bytes.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Values cannot be converted to %1.</source>
        <translation>Los valores no se pueden convertir a %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The shape %1 holds %2 values, but %3 values were given.</source>
        <translation>La forma %1 contiene %2 valores, pero se dieron %3 valores.</translation>
    </message>
    <message>
        <location line="+134" />
        <source>A tensor of shape %1 cannot be reshaped to %2: the element counts differ (%3 and %4).</source>
        <translation>Un tensor de forma %1 no se puede reorganizar a %2: el número de elementos difiere (%3 y %4).</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npyheader.cpp" line="+13" />
        <source>Save the array again with numpy.save() from NumPy.</source>
        <translation>Vuelva a guardar la matriz con numpy.save() de NumPy.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The header is a %1, not a dictionary.</source>
        <translation>La cabecera es un %1, no un diccionario.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unexpected text after the header dictionary at offset %1.</source>
        <translation>Texto inesperado tras el diccionario de la cabecera en la posición %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The header ends in the middle of its dictionary.</source>
        <translation>La cabecera termina a mitad de su diccionario.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unexpected character '%1' at offset %2 of the header.</source>
        <translation>Carácter inesperado «%1» en la posición %2 de la cabecera.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The header is nested too deeply.</source>
        <translation>La cabecera está anidada demasiado.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Escape sequences in header strings are not supported.</source>
        <translation>No se admiten secuencias de escape en las cadenas de la cabecera.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A string in the header is not terminated.</source>
        <translation>Una cadena de la cabecera no está terminada.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" in the header is not an integer that fits 64 bits.</source>
        <translation>«%1» en la cabecera no es un entero que quepa en 64 bits.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Unknown word "%1" in the header.</source>
        <translation>Palabra desconocida «%1» en la cabecera.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>A header key is not a string.</source>
        <translation>Una clave de la cabecera no es una cadena.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The header has the key '%1' twice.</source>
        <translation>La cabecera tiene la clave «%1» dos veces.</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npy.cpp" line="+40" />
        <source>The array's data type '%1' is not supported: %2</source>
        <translation>El tipo de datos «%1» de la matriz no es compatible: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Convert the array to a supported type first, for example a.astype(np.float32) or a.astype(np.int8), and save it again.</source>
        <translation>Convierta primero la matriz a un tipo compatible, por ejemplo a.astype(np.float32) o a.astype(np.int8), y vuelva a guardarla.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is not a NumPy type string.</source>
        <translation>no es una cadena de tipo de NumPy.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it does not start with a byte order (&lt;, &gt;, | or =).</source>
        <translation>no empieza con un orden de bytes (&lt;, &gt;, | o =).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The array holds Python objects ('%1'); only numeric arrays can be read.</source>
        <translation>La matriz contiene objetos de Python («%1»); solo se pueden leer matrices numéricas.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Object arrays are Python pickles: convert the data to a numeric array (for example np.asarray(a, dtype=np.float32)) and save it again.</source>
        <translation>Las matrices de objetos son pickles de Python: convierta los datos en una matriz numérica (por ejemplo np.asarray(a, dtype=np.float32)) y vuelva a guardarla.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the item size is missing.</source>
        <translation>falta el tamaño del elemento.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>only 2-, 4- and 8-byte floats are supported.</source>
        <translation>solo se admiten números de coma flotante de 2, 4 y 8 bytes.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>only 1-, 2-, 4- and 8-byte integers are supported.</source>
        <translation>solo se admiten enteros de 1, 2, 4 y 8 bytes.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>booleans are one byte.</source>
        <translation>los booleanos ocupan un byte.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>complex numbers are not supported.</source>
        <translation>no se admiten números complejos.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>strings are not supported.</source>
        <translation>no se admiten cadenas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>structured or void arrays are not supported.</source>
        <translation>no se admiten matrices estructuradas ni void.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dates and time deltas are not supported.</source>
        <translation>no se admiten fechas ni intervalos de tiempo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the kind '%1' is unknown.</source>
        <translation>el tipo «%1» es desconocido.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>.npy data</source>
        <translation>datos .npy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: header field '%2'</source>
        <translation>%1: campo de cabecera «%2»</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file is empty; a .npy file was expected.</source>
        <translation>El archivo está vacío; se esperaba un archivo .npy.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>The file ends inside the .npy signature (%n bytes).</source>
        <translation>
            <numerusform>El archivo termina dentro de la firma .npy (%n byte).</numerusform>
            <numerusform>El archivo termina dentro de la firma .npy (%n bytes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>This is a zip archive (.npz), not a single .npy array.</source>
        <translation>Es un archivo zip (.npz), no una sola matriz .npy.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a NumPy .npy file: the signature "\x93NUMPY" is missing.</source>
        <translation>No es un archivo .npy de NumPy: falta la firma «\x93NUMPY».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open it as an .npz file.</source>
        <translation>Ábralo como archivo .npz.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/core/tensor/npz.cpp" line="+54" />
        <source>First bytes: %1</source>
        <translation>Primeros bytes: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file ends before the format version.</source>
        <translation>El archivo termina antes de la versión del formato.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The .npy format version %1.%2 is not supported (1.0, 2.0 and 3.0 are).</source>
        <translation>La versión %1.%2 del formato .npy no es compatible (1.0, 2.0 y 3.0 sí).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The file ends before the header length.</source>
        <translation>El archivo termina antes de la longitud de la cabecera.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The header is %1 bytes long; at most %2 bytes are accepted.</source>
        <translation>La cabecera ocupa %1 bytes; se admiten como máximo %2 bytes.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file is truncated: the header should be %1 bytes, but only %2 bytes follow.</source>
        <translation>El archivo está truncado: la cabecera debería ocupar %1 bytes, pero solo siguen %2 bytes.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The header is not valid UTF-8.</source>
        <translation>La cabecera no es UTF-8 válido.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The header contains the invalid character U+%1 at offset %2.</source>
        <translation>La cabecera contiene el carácter no válido U+%1 en la posición %2.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The header has the unknown key '%1'.</source>
        <translation>La cabecera tiene la clave desconocida «%1».</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The header has no '%1' field.</source>
        <translation>La cabecera no tiene el campo «%1».</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The field holds a value of type %1; %2 was expected.</source>
        <translation>El campo contiene un valor de tipo %1; se esperaba %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The array is a structured array (record fields); only plain numeric arrays are supported.</source>
        <translation>La matriz es estructurada (campos de registro); solo se admiten matrices numéricas simples.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save each field as its own array.</source>
        <translation>Guarde cada campo como su propia matriz.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The array is big-endian ('%1'); only little-endian data is supported.</source>
        <translation>La matriz es big-endian («%1»); solo se admiten datos little-endian.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Convert it with a.astype(a.dtype.newbyteorder('&lt;')) and save it again.</source>
        <translation>Conviértala con a.astype(a.dtype.newbyteorder('&lt;')) y vuelva a guardarla.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Dimension %1 of the shape is not a non-negative integer.</source>
        <translation>La dimensión %1 de la forma no es un entero no negativo.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The array of shape %1 is larger than the %2 bytes accepted.</source>
        <translation>La matriz de forma %1 supera los %2 bytes admitidos.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file is truncated: a %1 array of shape %2 needs %3 bytes of data, but only %4 bytes follow the header.</source>
        <translation>El archivo está truncado: una matriz %1 de forma %2 necesita %3 bytes de datos, pero solo siguen %4 bytes a la cabecera.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file has %1 bytes of unexpected data after the array (a %2 array of shape %3 is %4 bytes).</source>
        <translation>El archivo tiene %1 bytes de datos inesperados tras la matriz (una matriz %2 de forma %3 ocupa %4 bytes).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The file may hold more than one array or be damaged; save a single array with numpy.save().</source>
        <translation>Puede que el archivo contenga más de una matriz o esté dañado; guarde una sola matriz con numpy.save().</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/tensorfile.cpp" line="+14" />
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the path.</source>
        <translation>Compruebe la ruta.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file cannot be opened: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The file is %1 bytes; at most %2 bytes are accepted.</source>
        <translation>El archivo ocupa %1 bytes; se admiten como máximo %2 bytes.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npy.cpp" line="+29" />
        <location line="+16" />
        <source>NumPy has no type for %1.</source>
        <translation>NumPy no tiene un tipo para %1.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>The file cannot be created: %1</source>
        <translation>No se puede crear el archivo: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the folder exists and is writable.</source>
        <translation>Compruebe que la carpeta existe y se puede escribir en ella.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file cannot be written: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npz.cpp" line="-18" />
        <source>.npz data</source>
        <translation>datos .npz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the arrays again with numpy.savez().</source>
        <translation>Vuelva a guardar las matrices con numpy.savez().</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file is empty; an .npz file was expected.</source>
        <translation>El archivo está vacío; se esperaba un archivo .npz.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is a single .npy array, not an .npz archive.</source>
        <translation>Es una sola matriz .npy, no un archivo .npz.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open it as an .npy file.</source>
        <translation>Ábralo como archivo .npy.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is not an .npz file: it is not a zip archive.</source>
        <translation>No es un archivo .npz: no es un archivo zip.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>libarchive could not allocate a reader.</source>
        <translation>libarchive no pudo crear un lector.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The zip archive cannot be opened.</source>
        <translation>No se puede abrir el archivo zip.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>The zip archive is damaged after %n member(s).</source>
        <translation>
            <numerusform>El archivo zip está dañado tras %n elemento.</numerusform>
            <numerusform>El archivo zip está dañado tras %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The archive has more than %1 members.</source>
        <translation>El archivo tiene más de %1 elementos.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The archive holds the array twice.</source>
        <translation>El archivo contiene la matriz dos veces.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The member cannot be decompressed.</source>
        <translation>No se puede descomprimir el elemento.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The member is larger than the %1 bytes accepted.</source>
        <translation>El elemento supera los %1 bytes admitidos.</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/rawtensor.cpp" line="+17" />
        <source>The input is %1 bytes, but a %2 tensor of shape %3 is %4 bytes.</source>
        <translation>La entrada ocupa %1 bytes, pero un tensor %2 de forma %3 ocupa %4 bytes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A raw input holds exactly the tensor's bytes, little-endian, in C order, without a header. Check the model's input dtype and shape.</source>
        <translation>Una entrada en bruto contiene exactamente los bytes del tensor, little-endian, en orden C, sin cabecera. Compruebe el tipo y la forma de la entrada del modelo.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>raw input</source>
        <translation>entrada en bruto</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/metrics.cpp" line="+27" />
        <source>The %1 tensor's values cannot be read (data type "%2").</source>
        <translation>No se pueden leer los valores del tensor %1 (tipo de datos «%2»).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected</source>
        <translation>esperado</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The output is %1, but the expected output is %2.</source>
        <translation>La salida es %1, pero la salida esperada es %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare against expected outputs of the same model variant.</source>
        <translation>Compare con las salidas esperadas de la misma variante del modelo.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The output has the shape %1, but the expected output has %2.</source>
        <translation>La salida tiene la forma %1, pero la salida esperada tiene %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare against expected outputs of the same model.</source>
        <translation>Compare con las salidas esperadas del mismo modelo.</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+19" />
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <location line="-15" />
        <source>The tensor is empty; it has no largest value.</source>
        <translation>El tensor está vacío; no tiene valor máximo.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>k must not be negative (it is %1).</source>
        <translation>k no debe ser negativo (vale %1).</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/quantization.cpp" line="+17" />
        <source>The quantization scale %1 is not a positive number.</source>
        <translation>La escala de cuantización %1 no es un número positivo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the scale in the model's quantization parameters.</source>
        <translation>Compruebe la escala en los parámetros de cuantización del modelo.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Only integer tensors can be dequantized; this one is %1.</source>
        <translation>Solo se pueden descuantizar tensores enteros; este es %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Values can only be quantized to an integer type, not to %1.</source>
        <translation>Los valores solo se pueden cuantizar a un tipo entero, no a %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only float tensors can be quantized; this one is %1.</source>
        <translation>Solo se pueden cuantizar tensores de coma flotante; este es %1.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Util</name>
    <message>
        <location filename="../src/core/util/python.cpp" line="+32" />
        <source>TINYDEPLOY_PYTHON is set to '%1', which is not an executable.</source>
        <translation>TINYDEPLOY_PYTHON vale «%1», que no es un ejecutable.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set TINYDEPLOY_PYTHON to a Python 3 interpreter, or unset it to use python3 from PATH.</source>
        <translation>Asigne a TINYDEPLOY_PYTHON un intérprete de Python 3, o elimínela para usar python3 del PATH.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No python3 was found on PATH to run the template's server.</source>
        <translation>No se encontró python3 en el PATH para ejecutar el servidor de la plantilla.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install Python 3, or set TINYDEPLOY_PYTHON to an interpreter.</source>
        <translation>Instale Python 3, o asigne un intérprete a TINYDEPLOY_PYTHON.</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Validate</name>
    <message>
        <location filename="../src/core/validate/dataset.cpp" line="+34" />
        <source>A data set is a folder with inputs/ (and expected/ or labels.csv), a folder with labels.csv, one folder per class, or an .npz file with "inputs".</source>
        <translation>Un conjunto de datos es una carpeta con inputs/ (y expected/ o labels.csv), una carpeta con labels.csv, una carpeta por clase o un archivo .npz con «inputs».</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the model's input "%1" is %2</source>
        <translation>la entrada «%1» del modelo es %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the model's output "%1" is %2</source>
        <translation>la salida «%1» del modelo es %2</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+10" />
        <source>The file holds %1; %2.</source>
        <translation>El archivo contiene %1; %2.</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Give inputs of the model's type (an int8 model needs quantized inputs: use the data set of that variant).</source>
        <translation>Dé entradas del tipo del modelo (un modelo int8 necesita entradas cuantizadas: use el conjunto de datos de esa variante).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give expected outputs of the model's type, as this model variant produces them.</source>
        <translation>Dé salidas esperadas del tipo del modelo, tal como las produce esta variante del modelo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give one sample per file, of the model's shape.</source>
        <translation>Dé una muestra por archivo, con la forma del modelo.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The label "%1" of %2 is neither a class index nor one of the model's labels.</source>
        <translation>La etiqueta «%1» de %2 no es ni un índice de clase ni una de las etiquetas del modelo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the class index (0, 1, ...).</source>
        <translation>Dé el índice de la clase (0, 1, ...).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use an index from 0 to %1 or one of: %2.</source>
        <translation>Use un índice de 0 a %1 o uno de: %2.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The data set does not exist.</source>
        <translation>El conjunto de datos no existe.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This file is not a data set.</source>
        <translation>Este archivo no es un conjunto de datos.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The data set folder is empty.</source>
        <translation>La carpeta del conjunto de datos está vacía.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The folder has no inputs/ folder, no labels.csv and no class folders.</source>
        <translation>La carpeta no tiene carpeta inputs/, ni labels.csv, ni carpetas de clases.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The folder holds no input files (.npy).</source>
        <translation>La carpeta no contiene archivos de entrada (.npy).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put one .npy file per sample in inputs/.</source>
        <translation>Ponga un archivo .npy por muestra en inputs/.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The expected output of %1 is missing.</source>
        <translation>Falta la salida esperada de %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give an expected/ file for every input, or remove the expected/ folder and validate against labels.</source>
        <translation>Dé un archivo en expected/ para cada entrada, o quite la carpeta expected/ y valide con las etiquetas.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The labels file names %1, which inputs/ does not hold.</source>
        <translation>El archivo de etiquetas nombra %1, que inputs/ no contiene.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add the file or remove its line.</source>
        <translation>Añada el archivo o quite su línea.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The labels file has no label for %1.</source>
        <translation>El archivo de etiquetas no tiene etiqueta para %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a line "inputs/%1,LABEL", or remove labels.csv.</source>
        <translation>Añada una línea «inputs/%1,LABEL», o quite labels.csv.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The labels file lists no samples.</source>
        <translation>El archivo de etiquetas no enumera ninguna muestra.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add one line per sample: file,label</source>
        <translation>Añada una línea por muestra: file,label</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The labels file names %1, which does not exist.</source>
        <translation>El archivo de etiquetas nombra %1, que no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paths are relative to the folder of the labels file.</source>
        <translation>Las rutas son relativas a la carpeta del archivo de etiquetas.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The class folder "%1" is not one of the model's labels.</source>
        <translation>La carpeta de clase «%1» no es una de las etiquetas del modelo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name each folder after a class: %1.</source>
        <translation>Nombre cada carpeta como una clase: %1.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The class folders hold no images or .npy files.</source>
        <translation>Las carpetas de clases no contienen imágenes ni archivos .npy.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the images of each class in a folder named after the class.</source>
        <translation>Ponga las imágenes de cada clase en una carpeta con el nombre de la clase.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The file has no array "inputs" (it has: %1).</source>
        <translation>El archivo no tiene el arreglo «inputs» (tiene: %1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the inputs as numpy.savez(FILE, inputs=..., expected=..., labels=...), samples along the first axis.</source>
        <translation>Guarde las entradas con numpy.savez(FILE, inputs=..., expected=..., labels=...), con las muestras a lo largo del primer eje.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The array "inputs" (%1) has no sample axis or no samples.</source>
        <translation>El arreglo «inputs» (%1) no tiene eje de muestras o no tiene muestras.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put the samples along the first axis: [samples, ...input shape].</source>
        <translation>Ponga las muestras a lo largo del primer eje: [muestras, ...forma de la entrada].</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The array "%1" (%2) does not have one entry per sample of "inputs" (%3).</source>
        <translation>El arreglo «%1» (%2) no tiene una entrada por muestra de «inputs» (%3).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give every array the same first dimension.</source>
        <translation>Dé a todos los arreglos la misma primera dimensión.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The array "labels" holds %1; labels are class indexes.</source>
        <translation>El arreglo «labels» contiene %1; las etiquetas son índices de clase.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the labels as integers.</source>
        <translation>Guarde las etiquetas como enteros.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>This tool reads PGM and PPM images only.</source>
        <translation>Esta herramienta solo lee imágenes PGM y PPM.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Convert the images to PGM or .npy, or validate in the TinyDeploy app, which reads PNG, JPEG and BMP.</source>
        <translation>Convierta las imágenes a PGM o .npy, o valide en la aplicación TinyDeploy, que lee PNG, JPEG y BMP.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Validation needs a model with one input; this one has %1.</source>
        <translation>La validación necesita un modelo con una entrada; este tiene %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the model's inputs with tinydeploy-cli run --input instead.</source>
        <translation>Ejecute las entradas del modelo con tinydeploy-cli run --input en su lugar.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Expected outputs need a model with one output; this one has %1.</source>
        <translation>Las salidas esperadas necesitan un modelo con una salida; este tiene %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Validate against labels or the host instead.</source>
        <translation>Valide con las etiquetas o con el host en su lugar.</translation>
    </message>
    <message>
        <location filename="../src/core/validate/datasetformats.cpp" line="+44" />
        <source>A quoted field is not closed.</source>
        <translation>Un campo entre comillas no está cerrado.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close the field with a double quote ("), or remove the quote.</source>
        <translation>Cierre el campo con una comilla doble ("), o quite la comilla.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The first line of the labels file must name the columns "file" and "label".</source>
        <translation>La primera línea del archivo de etiquetas debe nombrar las columnas «file» y «label».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start the file with the line: file,label</source>
        <translation>Empiece el archivo con la línea: file,label</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The line has %1 field(s); the file and the label need %2.</source>
        <translation>La línea tiene %1 campo(s); el archivo y la etiqueta necesitan %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+7" />
        <source>Write each sample as: file,label</source>
        <translation>Escriba cada muestra como: file,label</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The line names no file.</source>
        <translation>La línea no nombra ningún archivo.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The sample %1 has no label.</source>
        <translation>La muestra %1 no tiene etiqueta.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give its class (an index or a name of the model's labels), or remove the line.</source>
        <translation>Dé su clase (un índice o un nombre de las etiquetas del modelo), o quite la línea.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The labels file is empty.</source>
        <translation>El archivo de etiquetas está vacío.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write a file,label header and one line per sample.</source>
        <translation>Escriba una cabecera file,label y una línea por muestra.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The image is not a binary PGM or PPM file: %1.</source>
        <translation>La imagen no es un archivo PGM o PPM binario: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save it as an 8-bit PGM (P5) or PPM (P6), or give an .npy file.</source>
        <translation>Guárdela como PGM (P5) o PPM (P6) de 8 bits, o dé un archivo .npy.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no P5 or P6 signature</source>
        <translation>sin firma P5 ni P6</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the header is incomplete</source>
        <translation>la cabecera está incompleta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no pixels</source>
        <translation>sin píxeles</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the size %1 x %2 is out of range</source>
        <translation>el tamaño %1 x %2 está fuera de rango</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only 8-bit samples are read (maximum value %1)</source>
        <translation>solo se leen valores de 8 bits (valor máximo %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the pixels are truncated</source>
        <translation>los píxeles están truncados</translation>
    </message>
    <message>
        <location filename="../src/core/validate/validation.cpp" line="+102" />
        <source>The validation is already running.</source>
        <translation>La validación ya está en curso.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No device is connected for the validation.</source>
        <translation>No hay ningún dispositivo conectado para la validación.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the board first.</source>
        <translation>Conéctese primero a la placa.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record folder of the validation cannot be created.</source>
        <translation>No se puede crear la carpeta del registro de la validación.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the disk is writable.</source>
        <translation>Compruebe que el disco admite escritura.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The data set has no samples.</source>
        <translation>El conjunto de datos no tiene muestras.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a data set folder.</source>
        <translation>Elija una carpeta de conjunto de datos.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The data set has no expected outputs to compare with.</source>
        <translation>El conjunto de datos no tiene salidas esperadas con las que comparar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Validate against its labels, or against the host.</source>
        <translation>Valide con sus etiquetas o con el host.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add expected/ outputs or labels, or validate against the host.</source>
        <translation>Añada salidas esperadas (expected/) o etiquetas, o valide con el host.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The data set has no labels.</source>
        <translation>El conjunto de datos no tiene etiquetas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a labels.csv (file,label), or validate against the host.</source>
        <translation>Añada un labels.csv (file,label), o valide con el host.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The host reference is not running.</source>
        <translation>La referencia del host no está en ejecución.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build and start the host project of the model first.</source>
        <translation>Compile e inicie primero el proyecto host del modelo.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The host reference runs another model (%1) than the board (%2): their inputs or outputs differ.</source>
        <translation>La referencia del host ejecuta otro modelo (%1) que la placa (%2): sus entradas o salidas difieren.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Build the host reference from the board's model archive.</source>
        <translation>Compile la referencia del host a partir del archivo del modelo de la placa.</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+283" />
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-154" />
        <source>The device went away during the validation.</source>
        <translation>El dispositivo desapareció durante la validación.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect again and validate again.</source>
        <translation>Conéctese de nuevo y vuelva a validar.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Sample %1 on the host reference</source>
        <translation>Muestra %1 en la referencia del host</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample %1 on the board</source>
        <translation>Muestra %1 en la placa</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+27" />
        <source>Deploys TVM Model Library Format models to microcontrollers.</source>
        <translation>Despliega modelos de TVM en Model Library Format en microcontroladores.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Model archive to open.</source>
        <translation>Archivo de modelo que abrir.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open one full-screen kiosk for a class: the kiosk configuration (.tdkiosk) or deployment package (.tdpkg) FILE, one Deploy button, nothing to change. Ctrl+Q quits.</source>
        <translation>Abre un quiosco a pantalla completa para una clase: FILE es la configuración del quiosco (.tdkiosk) o el paquete de despliegue (.tdpkg); un solo botón Desplegar, nada que cambiar. Ctrl+Q para salir.</translation>
    </message>
</context>
</TS>
