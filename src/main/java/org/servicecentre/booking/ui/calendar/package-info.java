/**
 * Server-side room calendars (day, week and month) built from plain elements and CSS, with a little inline script
 * for drag selection; no frontend build.
 */
package org.servicecentre.booking.ui.calendar;
