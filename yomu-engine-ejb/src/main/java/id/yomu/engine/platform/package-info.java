/**
 * Engine start-up, health and tracing: the engine's own readiness on its own schema, the game
 * calendar, and the span of each core event the engine handles (a child of the core action's trace).
 */
package id.yomu.engine.platform;
