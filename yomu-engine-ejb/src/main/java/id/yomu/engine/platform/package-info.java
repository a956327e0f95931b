/** Engine start-up and health: the engine's own readiness on its own schema. */
package id.yomu.engine.platform;
