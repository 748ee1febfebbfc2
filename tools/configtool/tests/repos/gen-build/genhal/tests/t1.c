int t1;
