/** The instance's own health: drain switch, liveness and start-up. Schema readiness lives in each module. */
package id.yomu.web.interfaces.health;
