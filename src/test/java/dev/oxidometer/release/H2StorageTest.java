package dev.oxidometer.release;

/** The storage contract on the embedded default database, H2. */
class H2StorageTest extends StorageContract {
}
