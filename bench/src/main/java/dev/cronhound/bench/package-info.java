package dev.cronhound.bench;
