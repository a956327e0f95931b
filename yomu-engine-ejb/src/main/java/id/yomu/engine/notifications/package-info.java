/**
 * Notifications: what the engine tells a reader (an achievement unlocked, a join request answered, a clan
 * promoted or relegated), with an unread count. Stores the kind and its facts, never rendered text, so each
 * reader reads them in their own language. Owns engine.notification.
 */
package id.yomu.engine.notifications;
