/** The programme module's staff screens: programmes and their sessions, attendance lists, residents, ticket keys. */
package org.servicecentre.programme.ui;
