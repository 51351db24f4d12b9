/** Staff screens of programmes and their sessions. */
package org.servicecentre.programme.ui;
