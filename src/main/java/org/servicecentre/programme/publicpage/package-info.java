/**
 * The programme module's public pages, for residents without an account: a programme's page, signing up, and the
 * ticket page behind the resident's own link; with a database-backed guard against automated sign-ups.
 */
package org.servicecentre.programme.publicpage;
