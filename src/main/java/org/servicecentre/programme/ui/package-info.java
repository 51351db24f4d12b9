/** The programme module's screens. */
package org.servicecentre.programme.ui;
