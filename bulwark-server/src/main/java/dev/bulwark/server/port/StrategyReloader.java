package dev.bulwark.server.port;

/**
 * Reloads the strategy files; on rejection the previous version keeps serving. Called from an HTTP thread (one
 * reload at a time) while events are being decided, so installing the new version must be safe against that.
 */
public interface StrategyReloader {
    /** Loads, compiles and installs the strategies, or says why they were rejected. */
    ReloadOutcome reload();
}
