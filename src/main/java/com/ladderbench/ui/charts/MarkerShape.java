package com.ladderbench.ui.charts;

/** How a chart marker is drawn; a triangle points up or down with the marker's direction. */
public enum MarkerShape { TRIANGLE, DIAMOND, SQUARE, CIRCLE, CROSS, STAR }
