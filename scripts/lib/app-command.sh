# Sourced by run.sh and bench-api.sh: APP_CMD, the command that starts the built application, with its AOT cache
# when scripts/build-jar.sh could make one.
if [ -f target/app/app.aot ] && [ -f target/app/oxidometer.jar ]; then
  APP_CMD=(java -XX:AOTCache=target/app/app.aot -jar target/app/oxidometer.jar)
else
  APP_CMD=(java -jar target/oxidometer.jar)
fi
