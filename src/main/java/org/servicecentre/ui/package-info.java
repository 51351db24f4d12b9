/** The application shell: page frame, side navigation, user menu, language handling and the home page. */
@org.springframework.modulith.ApplicationModule
package org.servicecentre.ui;
