package com.cosellstudio;
public final class Launcher { public static void main(String[] a) {} }
