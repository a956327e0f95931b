/** What every log line an application request writes carries beside Liberty's own JSON fields. */
package id.yomu.web.logging;
