/**
 * What a reader's public profile shows of the engine: totals, average accuracy, live streak and pinned
 * achievements. Reads the other reader-side features; owns no table.
 */
package id.yomu.engine.profile;
