package id.sigap.knowledge;

/** Why a reload happened; a reload caused by another instance's version is not re-announced. */
enum ReloadTrigger {
    STARTUP, FILE_CHANGE, EXPLICIT, OTHER_INSTANCE, NEW_DAY
}
