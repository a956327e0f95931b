/** Turning what admins and readers type into HTML that can never carry markup of its own. */
package id.yomu.web.interfaces.text;
